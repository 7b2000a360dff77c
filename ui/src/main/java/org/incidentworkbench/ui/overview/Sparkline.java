package org.incidentworkbench.ui.overview;

import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;

/**
 * A line over a window's values, scaled to its own size, with no axes: a shape to glance at. Its colour
 * comes from the stylesheet ({@code overview.css}), so it follows the theme; an unusual one is drawn in
 * the theme's danger colour.
 */
final class Sparkline extends Region {

    private final double[] values;
    private final Polyline line = new Polyline();

    Sparkline(double[] values, boolean unusual) {
        this.values = values.clone();
        line.getStyleClass().add("sparkline-line");
        getChildren().add(line);
        // Benchmarks find drawn charts by this class.
        getStyleClass().add("sparkline");
        if (unusual) {
            getStyleClass().add("unusual");
        }
        setPrefSize(240, 48);
        setMinHeight(32);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        line.getPoints().clear();
        if (values.length == 0 || w <= 0 || h <= 0) {
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        // A flat series is drawn across the middle rather than along an edge.
        double span = max - min == 0 ? 1 : max - min;
        double offset = max - min == 0 ? h / 2 : 0;
        double step = values.length == 1 ? 0 : w / (values.length - 1);
        Double[] points = new Double[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            points[2 * i] = snappedLeftInset() + i * step;
            points[2 * i + 1] = snappedTopInset() + (offset > 0 ? offset : h - (values[i] - min) / span * h);
        }
        line.getPoints().setAll(points);
    }
}
