package org.incidentworkbench.storage.export;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * What to export: one incident, its window widened by {@code margin} on each side, a baseline the
 * same length {@code baselineOffset} earlier, and the services within {@code hops} edges of the
 * incident's service.
 */
public record ExportRequest(UUID incidentId, Duration margin, Duration baselineOffset, int hops) {

    public static final Duration DEFAULT_MARGIN = Duration.ofMinutes(30);
    public static final Duration DEFAULT_BASELINE_OFFSET = Duration.ofDays(1);
    public static final int DEFAULT_HOPS = 2;

    public ExportRequest {
        Objects.requireNonNull(incidentId, "incidentId");
        if (margin.isNegative()) {
            throw new IllegalArgumentException("the margin must not be negative: " + margin);
        }
        if (baselineOffset.isNegative() || baselineOffset.isZero()) {
            throw new IllegalArgumentException("the baseline offset must be positive: " + baselineOffset);
        }
        if (hops < 0) {
            throw new IllegalArgumentException("hops must not be negative: " + hops);
        }
    }

    /** The defaults: 30 minutes of margin, the baseline one day earlier, two hops. */
    public static ExportRequest of(UUID incidentId) {
        return new ExportRequest(incidentId, DEFAULT_MARGIN, DEFAULT_BASELINE_OFFSET, DEFAULT_HOPS);
    }
}
