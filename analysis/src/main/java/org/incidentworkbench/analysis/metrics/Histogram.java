package org.incidentworkbench.analysis.metrics;

import java.util.List;

/**
 * Equal-width bins from {@code min} to {@code max} of the raw values; each bin holds values in
 * {@code [lower, upper)}, the last one also {@code max}. Empty when the range held no points
 * (see {@link #empty()}).
 */
public record Histogram(double min, double max, long total, List<Bin> bins) {

    public Histogram {
        bins = List.copyOf(bins);
    }

    /** The histogram of no points: no bins, a total of 0, and NaN for the min and max it does not have. */
    public static Histogram empty() {
        return new Histogram(Double.NaN, Double.NaN, 0, List.of());
    }

    public record Bin(double lower, double upper, long count) {
    }
}
