package org.incidentworkbench.ui.charts;

import java.util.Arrays;
import org.incidentworkbench.analysis.metrics.Lttb;

/**
 * One line to draw: its name, unit, palette colour and points (time in microseconds since the
 * epoch, ascending). Holds primitive arrays because a chart draws thousands of them per frame.
 */
public record PlotSeries(String name, String unit, int colorIndex, long[] xMicros, double[] y) {

    public PlotSeries {
        if (xMicros.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
    }

    /**
     * A series of at most {@code budget} points: the given points when they fit, else those LTTB
     * keeps, so a million raw points still draw as a few thousand with their peaks.
     */
    public static PlotSeries downsampled(String name, String unit, int colorIndex, long[] x, double[] y, int budget) {
        int[] kept = Lttb.select(x, y, budget);
        if (kept.length == x.length) {
            return new PlotSeries(name, unit, colorIndex, x, y);
        }
        long[] keptX = new long[kept.length];
        double[] keptY = new double[kept.length];
        for (int i = 0; i < kept.length; i++) {
            keptX[i] = x[kept[i]];
            keptY[i] = y[kept[i]];
        }
        return new PlotSeries(name, unit, colorIndex, keptX, keptY);
    }

    public int size() {
        return y.length;
    }

    /** The index of the first point at or after {@code micros} (size() when none). */
    public int firstAtOrAfter(long micros) {
        int i = Arrays.binarySearch(xMicros, micros);
        return i >= 0 ? i : -i - 1;
    }

    /** The index of the point closest in time to {@code micros}, or -1 for an empty series. */
    public int nearest(long micros) {
        if (y.length == 0) {
            return -1;
        }
        int after = firstAtOrAfter(micros);
        if (after == 0) {
            return 0;
        }
        if (after == y.length) {
            return y.length - 1;
        }
        return micros - xMicros[after - 1] <= xMicros[after] - micros ? after - 1 : after;
    }
}
