package org.incidentworkbench.analysis.metrics;

/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson, 2013): picks the points of a series
 * that keep its visual shape, so a chart draws a few thousand points instead of millions without
 * losing its peaks. The first and last points are always kept; the rest are split into
 * {@code threshold - 2} equal buckets, and from each bucket the point that forms the largest
 * triangle with the point kept before it and the average of the next bucket is kept.
 */
public final class Lttb {

    private Lttb() {
    }

    /**
     * The indices of the points to keep, ascending. {@code x} must be ascending; when the series
     * holds no more than {@code threshold} points (or {@code threshold < 3}, too few to pick from),
     * every index is kept.
     */
    public static int[] select(long[] x, double[] y, int threshold) {
        int n = x.length;
        if (y.length != n) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        if (threshold >= n || threshold < 3) {
            return identity(n);
        }
        int[] kept = new int[threshold];
        double bucketSize = (double) (n - 2) / (threshold - 2);
        int a = 0;
        kept[0] = 0;
        for (int i = 0; i < threshold - 2; i++) {
            int from = (int) (i * bucketSize) + 1;
            int to = (int) ((i + 1) * bucketSize) + 1;
            // The average of the next bucket stands for the point not yet chosen there.
            int nextFrom = to;
            int nextTo = Math.min((int) ((i + 2) * bucketSize) + 1, n);
            double avgX = 0;
            double avgY = 0;
            for (int j = nextFrom; j < nextTo; j++) {
                avgX += x[j];
                avgY += y[j];
            }
            int nextCount = nextTo - nextFrom;
            avgX /= nextCount;
            avgY /= nextCount;
            // Areas are compared relative to point a, which keeps epoch-sized x values precise.
            double ax = 0;
            double ay = y[a];
            double cx = avgX - x[a];
            double best = -1;
            int chosen = from;
            for (int j = from; j < to; j++) {
                double area = Math.abs((ax - cx) * (y[j] - ay) - (ax - (x[j] - x[a])) * (avgY - ay));
                if (area > best) {
                    best = area;
                    chosen = j;
                }
            }
            kept[i + 1] = chosen;
            a = chosen;
        }
        kept[threshold - 1] = n - 1;
        return kept;
    }

    private static int[] identity(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }
}
