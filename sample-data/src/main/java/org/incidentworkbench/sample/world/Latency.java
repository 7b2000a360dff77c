package org.incidentworkbench.sample.world;

/** Properties of log-normal latency distributions given by their median and 99th percentile. */
final class Latency {

    private static final double Z95 = 1.645;
    private static final double Z99 = 2.326;

    private Latency() {
    }

    private static double sigma(double p50, double p99) {
        return Math.log(Math.max(p99, p50 * 1.001) / p50) / Z99;
    }

    static double p95(double p50, double p99) {
        return p50 * Math.exp(Z95 * sigma(p50, p99));
    }

    static double mean(double p50, double p99) {
        double s = sigma(p50, p99);
        return p50 * Math.exp(s * s / 2);
    }

    /** The latency at quantile {@code q} (0.9 is the 90th percentile). */
    static double quantile(double p50, double p99, double q) {
        return p50 * Math.exp(sigma(p50, p99) * normalQuantile(q));
    }

    /**
     * The latency a caller's slowest {@code tail} (0.01 for its p99) inherits from a callee that
     * {@code share} of its requests wait for: those requests must be among the callee's slowest
     * {@code tail / share}; nothing when the callee is called too rarely to reach the caller's tail.
     */
    static double inheritedTail(double p50, double p99, double share, double tail) {
        if (share <= tail) {
            return 0;
        }
        return quantile(p50, p99, 1 - tail / share);
    }

    /** The share of requests slower than {@code limitMs}. */
    static double shareAbove(double p50, double p99, double limitMs) {
        double z = Math.log(limitMs / p50) / sigma(p50, p99);
        return 1 - normalCdf(z);
    }

    /** Inverse of the standard normal CDF (Abramowitz and Stegun 26.2.23, error below 4.5e-4). */
    static double normalQuantile(double p) {
        if (p < 0.5) {
            return -normalQuantile(1 - p);
        }
        double t = Math.sqrt(-2 * Math.log(1 - p));
        return t - (2.515517 + t * (0.802853 + t * 0.010328)) / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)));
    }

    /** Standard normal CDF (Abramowitz and Stegun 26.2.17, error below 1e-7). */
    static double normalCdf(double z) {
        if (z < 0) {
            return 1 - normalCdf(-z);
        }
        double t = 1 / (1 + 0.2316419 * z);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
    }
}
