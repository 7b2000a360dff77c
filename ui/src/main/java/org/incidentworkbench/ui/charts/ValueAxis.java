package org.incidentworkbench.ui.charts;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** Draws the horizontal grid at value ticks, their labels left of the plot, and the unit above them. */
final class ValueAxis {

    /** Ticks closer than this would crowd the labels. */
    static final double PIXELS_PER_TICK = 36;

    private ValueAxis() {
    }

    static void draw(GraphicsContext g, PlotArea area, String unit, ChartStyle style) {
        ValueTicks ticks = area.values();
        g.setLineWidth(1);
        g.setFont(style.font());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double v : ticks.values()) {
            double y = Math.round(area.y(v)) + 0.5;
            g.setStroke(style.grid());
            g.strokeLine(area.left(), y, area.right(), y);
            g.setFill(style.mutedText());
            g.fillText(ticks.label(v), area.left() - 6, y);
        }
        if (unit != null && !unit.isBlank()) {
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BOTTOM);
            g.setFill(style.mutedText());
            g.fillText(unit, 6, area.top() - 5);
        }
    }
}
