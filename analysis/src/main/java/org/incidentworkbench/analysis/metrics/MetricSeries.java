package org.incidentworkbench.analysis.metrics;

import java.time.Instant;
import org.incidentworkbench.analysis.time.Micros;

/**
 * The answer to a {@link SeriesQuery}: one value per non-empty bucket, in time order. Held as
 * parallel primitive arrays because charts draw hundreds of thousands of them.
 *
 * @param bucketStartMicros start of each bucket, microseconds since the epoch, ascending
 * @param values            the aggregated value of each bucket
 * @param counts            how many raw points fell in each bucket
 */
public record MetricSeries(SeriesQuery query, long[] bucketStartMicros, double[] values, long[] counts) {

    public MetricSeries {
        if (bucketStartMicros.length != values.length || values.length != counts.length) {
            throw new IllegalArgumentException("series arrays differ in length");
        }
    }

    public int size() {
        return values.length;
    }

    public Instant time(int i) {
        return Micros.toInstant(bucketStartMicros[i]);
    }

    public double value(int i) {
        return values[i];
    }

    public long count(int i) {
        return counts[i];
    }

    /** The mean of every raw point behind the buckets: bucket means weighted by their counts; NaN when empty. */
    public double pointMean() {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * counts[i];
            n += counts[i];
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
