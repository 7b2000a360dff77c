package org.incidentworkbench.analysis.metrics;

import java.util.Locale;

/** How the raw points in one bucket become one value. Percentiles interpolate linearly between ranks. */
public enum Aggregation {
    AVG(Double.NaN), SUM(Double.NaN), MIN(Double.NaN), MAX(Double.NaN), COUNT(Double.NaN),
    P50(0.50), P95(0.95), P99(0.99);

    private final double quantile;

    Aggregation(double quantile) {
        this.quantile = quantile;
    }

    public boolean isPercentile() {
        return !Double.isNaN(quantile);
    }

    /** The quantile in [0, 1] of a percentile aggregation; NaN for the others. */
    public double quantile() {
        return quantile;
    }

    /** Parses the names used on the command line and in settings: avg, sum, min, max, count, p50, p95, p99. */
    public static Aggregation parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown aggregation '" + text
                    + "': use one of avg, sum, min, max, count, p50, p95, p99", e);
        }
    }
}
