package org.incidentworkbench.analysis.templates;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.incidentworkbench.analysis.incidents.Baseline;
import org.incidentworkbench.analysis.time.NiceTimeSteps;
import org.incidentworkbench.analysis.time.TimeRange;

/**
 * The windows templates are counted over: the incident window, cut into buckets of {@code bucket}
 * for the sparklines and the error-spike chart, and the baseline it is compared with.
 */
public record TemplateWindows(TimeRange incident, Baseline baseline, Duration bucket) {

    /** About this many buckets over the incident window: enough for a sparkline's shape, few enough to count cheaply. */
    public static final int TARGET_BUCKETS = 60;

    public TemplateWindows {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(baseline, "baseline");
        if (bucket.isZero() || bucket.isNegative()) {
            throw new IllegalArgumentException("bucket width must be positive: " + bucket);
        }
        if (incident.duration().isZero() || baseline.range().duration().isZero()) {
            throw new IllegalArgumentException("the incident and baseline windows must not be empty");
        }
        // A line in both windows would count for both sides of the comparison.
        if (baseline.range().start().isBefore(incident.end()) && incident.start().isBefore(baseline.range().end())) {
            throw new IllegalArgumentException("the baseline must not overlap the incident window");
        }
    }

    /** The incident window against {@code baseline}, with a nice bucket width giving about {@link #TARGET_BUCKETS} buckets. */
    public static TemplateWindows of(TimeRange incident, Baseline baseline) {
        return new TemplateWindows(incident, baseline, NiceTimeSteps.atLeast(incident.duration().dividedBy(TARGET_BUCKETS)));
    }

    /**
     * The incident window against the same window a day earlier, cut short at the incident's start
     * when the incident lasts longer than a day.
     */
    public static TemplateWindows dayBefore(TimeRange incident) {
        TimeRange earlier = incident.shift(Duration.ofDays(-1));
        Instant end = earlier.end().isAfter(incident.start()) ? incident.start() : earlier.end();
        return of(incident, new Baseline(Baseline.Kind.DAY_BEFORE, new TimeRange(earlier.start(), end)));
    }

    /** The incident window against the hour before it. */
    public static TemplateWindows hourBefore(TimeRange incident) {
        return of(incident, new Baseline(Baseline.Kind.HOUR_BEFORE,
                new TimeRange(incident.start().minus(Duration.ofHours(1)), incident.start())));
    }

    /** Buckets start at the incident start; the last may reach past its end. */
    public int bucketCount() {
        long micros = incident.endMicros() - incident.startMicros();
        long width = bucketMicros();
        return (int) ((micros + width - 1) / width);
    }

    public Instant bucketStart(int index) {
        return incident.start().plus(bucket.multipliedBy(index));
    }

    /** The bucket a time in the incident window falls in. */
    int bucketOf(long micros) {
        return (int) ((micros - incident.startMicros()) / bucketMicros());
    }

    private long bucketMicros() {
        return bucket.toNanos() / 1_000;
    }
}
