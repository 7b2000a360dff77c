package org.incidentworkbench.ui.charts;

import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;

/**
 * A line over a window's values, scaled to its own size, with no axes: a shape to glance at. Its colour
 * comes from the stylesheet of the view that shows it ({@code .sparkline-line}), so it follows the theme;
 * an unusual one carries the {@code unusual} class, drawn in the theme's danger colour. Table cells reuse
 * theirs through {@link #show}.
 */
public final class Sparkline extends Region {

    /** Where the vertical scale starts. */
    public enum Scale {
        /** At the smallest value: the shape of a level that never nears zero (a latency, a ratio). */
        FROM_MIN,
        /** At zero: a count's height reads as its volume, and a series of zeros lies on the floor. */
        FROM_ZERO
    }

    private final Scale scale;
    private final Polyline line = new Polyline();
    private double[] values = new double[0];

    public Sparkline(double[] values, boolean unusual, Scale scale) {
        this.scale = scale;
        line.getStyleClass().add("sparkline-line");
        getChildren().add(line);
        // Benchmarks find drawn charts by this class.
        getStyleClass().add("sparkline");
        setPrefSize(240, 48);
        setMinHeight(32);
        show(values, unusual);
    }

    /** Draws {@code values} instead. */
    public void show(double[] newValues, boolean unusual) {
        values = newValues.clone();
        getStyleClass().remove("unusual");
        if (unusual) {
            getStyleClass().add("unusual");
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        line.getPoints().clear();
        if (values.length == 0 || w <= 0 || h <= 0) {
            return;
        }
        double min = scale == Scale.FROM_ZERO ? 0 : Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        // A flat series is drawn across the middle rather than along an edge, unless it is flat at the zero floor.
        boolean flat = max - min == 0;
        double span = flat ? 1 : max - min;
        double flatY = scale == Scale.FROM_ZERO && max == 0 ? h : h / 2;
        double step = values.length == 1 ? 0 : w / (values.length - 1);
        Double[] points = new Double[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            points[2 * i] = snappedLeftInset() + i * step;
            points[2 * i + 1] = snappedTopInset() + (flat ? flatY : h - (values[i] - min) / span * h);
        }
        line.getPoints().setAll(points);
    }
}
