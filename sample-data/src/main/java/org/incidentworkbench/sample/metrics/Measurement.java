package org.incidentworkbench.sample.metrics;

import java.util.random.RandomGenerator;

/** The noise a scrape adds to a true value: relative jitter, counting noise on ratios, rounding. */
final class Measurement {

    private Measurement() {
    }

    /** {@code value} with relative Gaussian jitter of {@code sigma}, never negative. */
    static double jitter(RandomGenerator rng, double value, double sigma) {
        return Math.max(0, value * (1 + sigma * rng.nextGaussian()));
    }

    /** A ratio observed over {@code samples} events: binomial counting noise, within [0, 1]. */
    static double ratio(RandomGenerator rng, double p, double samples) {
        double n = Math.max(1, samples);
        double sd = Math.sqrt(Math.max(p * (1 - p), 1e-6) / n);
        return Math.min(1, Math.max(0, p + sd * rng.nextGaussian()));
    }

    /** Values stored with a sensible number of decimals, as exporters print them. */
    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
