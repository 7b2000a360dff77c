package org.incidentworkbench.sample.timeline;

import java.util.random.RandomGenerator;

/**
 * The share of peak traffic a European web shop sees at each hour (UTC): a trough around 04:00, a
 * morning rise, a lunchtime bump and the evening peak around 20:00. Real traffic also wanders a
 * little from day to day; {@link #series} adds that as a slow random walk.
 */
public final class DiurnalLoad {

    private static final double FLOOR = 0.18;
    /** Bumps of the curve: centre hour, width in hours, height. */
    private static final double[][] BUMPS = {{9.0, 1.5, 0.18}, {12.5, 3.2, 0.42}, {20.0, 2.4, 0.62}};
    private static final double PEAK = peakOfRawCurve();

    private DiurnalLoad() {
    }

    /** The load at {@code hourOfDay} as a fraction of the daily peak, in (0, 1]. */
    public static double at(double hourOfDay) {
        return raw(hourOfDay) / PEAK;
    }

    /** The load at every step: the daily curve times a slow wander of a few percent. */
    public static double[] series(Timeline timeline, RandomGenerator rng) {
        double[] load = new double[timeline.steps()];
        // Mean-reverting walk with a time constant of about 20 minutes, whatever the step.
        double keep = Math.exp(-timeline.stepSeconds() / 1200.0);
        double shock = 0.03 * Math.sqrt(1 - keep * keep);
        double wander = 0;
        for (int i = 0; i < load.length; i++) {
            wander = keep * wander + shock * rng.nextGaussian();
            load[i] = at(timeline.hourOfDay(i)) * (1 + wander);
        }
        return load;
    }

    private static double raw(double hour) {
        double value = FLOOR;
        for (double[] b : BUMPS) {
            double d = Math.abs(hour - b[0]);
            d = Math.min(d, 24 - d);
            value += b[2] * Math.exp(-0.5 * (d / b[1]) * (d / b[1]));
        }
        return value;
    }

    private static double peakOfRawCurve() {
        double peak = 0;
        for (int minute = 0; minute < 24 * 60; minute++) {
            peak = Math.max(peak, raw(minute / 60.0));
        }
        return peak;
    }
}
