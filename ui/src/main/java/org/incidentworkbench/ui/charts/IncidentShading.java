package org.incidentworkbench.ui.charts;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.incidentworkbench.analysis.time.TimeRange;

/** Shades the incident window behind the series, with its edges and a small "incident" label. */
final class IncidentShading {

    private IncidentShading() {
    }

    static void draw(GraphicsContext g, PlotArea area, TimeRange window, ChartStyle style) {
        if (window == null) {
            return;
        }
        double x0 = Math.max(area.left(), area.x(window.startMicros()));
        double x1 = Math.min(area.right(), area.x(window.endMicros()));
        if (x1 <= x0) {
            return;
        }
        g.setFill(style.incidentShade());
        g.fillRect(x0, area.top(), x1 - x0, area.height());
        g.setStroke(style.incidentEdge());
        g.setLineWidth(1);
        g.setLineDashes(3, 3);
        for (double edge : new double[] {area.x(window.startMicros()), area.x(window.endMicros())}) {
            if (area.containsX(edge)) {
                g.strokeLine(Math.round(edge) + 0.5, area.top(), Math.round(edge) + 0.5, area.bottom());
            }
        }
        g.setLineDashes();
        if (x1 - x0 > 60) {
            g.setFill(style.incidentEdge());
            g.setFont(style.font());
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText("incident", x0 + 4, area.top() + 3);
        }
    }
}
