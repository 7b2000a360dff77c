package org.incidentworkbench.ui.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * A value scale rounded out to "nice" ticks (steps of 1, 2, 2.5 or 5 times a power of ten), so the
 * axis reads 0, 250, 500 rather than 13.7, 241.2.
 */
public record ValueTicks(double low, double high, double step) {

    /** A scale covering {@code [min, max]} with at most about {@code maxTicks} ticks. */
    public static ValueTicks covering(double min, double max, int maxTicks) {
        if (!(max > min)) {
            double pad = min == 0 || Double.isNaN(min) ? 1 : Math.abs(min) * 0.1;
            double centre = Double.isNaN(min) ? 0 : min;
            min = centre - pad;
            max = centre + pad;
        }
        double step = niceStep((max - min) / Math.max(1, maxTicks));
        return new ValueTicks(Math.floor(min / step) * step, Math.ceil(max / step) * step, step);
    }

    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double normal = raw / magnitude;
        double nice = normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 2.5 ? 2.5 : normal <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** The tick values from low to high inclusive. */
    public List<Double> values() {
        List<Double> ticks = new ArrayList<>();
        long n = Math.round((high - low) / step);
        for (long i = 0; i <= n; i++) {
            ticks.add(low + i * step);
        }
        return ticks;
    }

    public String label(double value) {
        return ValueFormat.tick(value, step, Math.max(Math.abs(low), Math.abs(high)));
    }
}
