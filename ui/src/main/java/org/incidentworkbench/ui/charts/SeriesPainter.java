package org.incidentworkbench.ui.charts;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Draws each series as one polyline over the visible points only (one point either side so the line
 * runs to the plot edge), clipped to the plot.
 */
final class SeriesPainter {

    private SeriesPainter() {
    }

    static void draw(GraphicsContext g, PlotArea area, List<PlotSeries> series, ChartStyle style) {
        g.save();
        g.beginPath();
        g.rect(area.left(), area.top(), area.width(), area.height());
        g.clip();
        g.setLineWidth(1.5);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (PlotSeries s : series) {
            int from = Math.max(0, s.firstAtOrAfter(area.fromMicros()) - 1);
            int to = Math.min(s.size(), s.firstAtOrAfter(area.toMicros()) + 1);
            if (to - from < 1) {
                continue;
            }
            g.setStroke(style.seriesColor(s.colorIndex()));
            g.beginPath();
            g.moveTo(area.x(s.xMicros()[from]), area.y(s.y()[from]));
            for (int i = from + 1; i < to; i++) {
                g.lineTo(area.x(s.xMicros()[i]), area.y(s.y()[i]));
            }
            g.stroke();
        }
        g.restore();
    }

    /** The lowest and highest value of the points in view, as {min, max}; NaNs when none are. */
    static double[] visibleExtent(List<PlotSeries> series, long fromMicros, long toMicros) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (PlotSeries s : series) {
            int to = s.firstAtOrAfter(toMicros);
            for (int i = s.firstAtOrAfter(fromMicros); i < to; i++) {
                min = Math.min(min, s.y()[i]);
                max = Math.max(max, s.y()[i]);
            }
        }
        return min > max ? new double[] {Double.NaN, Double.NaN} : new double[] {min, max};
    }
}
