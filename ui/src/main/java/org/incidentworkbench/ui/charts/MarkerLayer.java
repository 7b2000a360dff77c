package org.incidentworkbench.ui.charts;

import java.util.List;
import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;

/**
 * Change markers: a dashed line across the plot and a glyph in the strip under it (a diamond for a
 * deployment, a triangle for a config change); hovering a glyph names the change.
 */
final class MarkerLayer {

    /** Height of the strip under the plot that holds the glyphs. */
    static final double STRIP = 14;
    private static final double HIT_PIXELS = 6;

    private MarkerLayer() {
    }

    static void draw(GraphicsContext g, PlotArea area, List<ChartMarker> markers, ChartStyle style) {
        double cy = area.bottom() + STRIP / 2 + 1;
        for (ChartMarker m : markers) {
            double x = Math.round(area.x(m.atMicros())) + 0.5;
            if (!area.containsX(x)) {
                continue;
            }
            g.setStroke(style.markerColor(m.kind()).deriveColor(0, 1, 1, 0.55));
            g.setLineWidth(1);
            g.setLineDashes(2, 3);
            g.strokeLine(x, area.top(), x, area.bottom());
            g.setLineDashes();
            g.setFill(style.markerColor(m.kind()));
            if (m.kind() == ChartMarker.Kind.DEPLOYMENT) {
                g.fillPolygon(new double[] {x, x + 5, x, x - 5}, new double[] {cy - 5, cy, cy + 5, cy}, 4);
            } else {
                g.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {cy + 4, cy + 4, cy - 5}, 3);
            }
        }
    }

    /** The marker whose glyph is under ({@code x}, {@code y}), nearest first. */
    static Optional<ChartMarker> at(PlotArea area, List<ChartMarker> markers, double x, double y) {
        if (y < area.bottom() - 2 || y > area.bottom() + STRIP + 2) {
            return Optional.empty();
        }
        ChartMarker best = null;
        double bestDistance = HIT_PIXELS;
        for (ChartMarker m : markers) {
            double d = Math.abs(area.x(m.atMicros()) - x);
            if (d <= bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
