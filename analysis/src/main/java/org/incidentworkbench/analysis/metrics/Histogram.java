package org.incidentworkbench.analysis.metrics;

import java.util.List;

/**
 * Equal-width bins from {@code min} to {@code max} of the raw values; each bin holds values in
 * {@code [lower, upper)}, the last one also {@code max}. Empty when the range held no points.
 */
public record Histogram(double min, double max, long total, List<Bin> bins) {

    public Histogram {
        bins = List.copyOf(bins);
    }

    public record Bin(double lower, double upper, long count) {
    }
}
