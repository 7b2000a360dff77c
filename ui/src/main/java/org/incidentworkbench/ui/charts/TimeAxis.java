package org.incidentworkbench.ui.charts;

import java.time.ZoneId;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** Draws the vertical grid lines at time ticks and, when asked, their labels under the marker strip. */
final class TimeAxis {

    /** Leaves room for a label such as "May 14" between ticks. */
    private static final double PIXELS_PER_TICK = 90;

    private TimeAxis() {
    }

    static void draw(GraphicsContext g, PlotArea area, ZoneId zone, boolean labels, double labelY, ChartStyle style) {
        TimeTicks ticks = TimeTicks.between(area.fromMicros(), area.toMicros(),
                (int) Math.max(2, area.width() / PIXELS_PER_TICK), zone);
        g.setLineWidth(1);
        g.setFont(style.font());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (long t : ticks.micros()) {
            double x = Math.round(area.x(t)) + 0.5;
            g.setStroke(style.grid());
            g.strokeLine(x, area.top(), x, area.bottom());
            if (labels) {
                g.setStroke(style.axisLine());
                g.strokeLine(x, area.bottom(), x, area.bottom() + 4);
                g.setFill(style.mutedText());
                g.fillText(ticks.label(t), x, labelY);
            }
        }
        g.setStroke(style.axisLine());
        g.strokeLine(area.left(), Math.round(area.bottom()) + 0.5, area.right(), Math.round(area.bottom()) + 0.5);
    }
}
