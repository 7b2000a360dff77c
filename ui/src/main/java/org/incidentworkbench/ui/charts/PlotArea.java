package org.incidentworkbench.ui.charts;

/**
 * Where the plot sits on the canvas and what it shows: maps times and values to pixels and back.
 * Rebuilt on every draw, so it is always consistent with the canvas size and the visible range.
 */
public record PlotArea(double left, double top, double width, double height, long fromMicros, long toMicros,
                       ValueTicks values) {

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }

    public double x(long micros) {
        return left + (double) (micros - fromMicros) / (toMicros - fromMicros) * width;
    }

    public long micros(double x) {
        return fromMicros + Math.round((x - left) / width * (toMicros - fromMicros));
    }

    public double y(double value) {
        return bottom() - (value - values.low()) / (values.high() - values.low()) * height;
    }

    public boolean containsX(double x) {
        return x >= left && x <= right();
    }

    public boolean contains(double x, double y) {
        return containsX(x) && y >= top && y <= bottom();
    }

    /** Microseconds of time per pixel, for turning a drag into a shift of the range. */
    public double microsPerPixel() {
        return (toMicros - fromMicros) / width;
    }
}
