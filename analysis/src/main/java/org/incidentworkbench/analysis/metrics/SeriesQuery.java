package org.incidentworkbench.analysis.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.incidentworkbench.analysis.time.TimeRange;

/**
 * One metric of one service over a range, bucketed. {@code labelFilter} keeps only points whose
 * labels hold every given key with the given value (empty: all points). Buckets are aligned to the
 * epoch, so the same bucket width always gives the same bucket boundaries.
 */
public record SeriesQuery(String service, String metric, Map<String, String> labelFilter, TimeRange range,
                          Duration bucket, Aggregation aggregation) {

    public SeriesQuery {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(aggregation, "aggregation");
        labelFilter = Map.copyOf(labelFilter);
        if (bucket.toNanos() < 1_000 || bucket.toNanos() % 1_000 != 0) {
            throw new IllegalArgumentException("bucket width must be a positive whole number of microseconds: " + bucket);
        }
    }

    public long bucketMicros() {
        return bucket.toNanos() / 1_000;
    }
}
