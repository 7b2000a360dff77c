package org.incidentworkbench.analysis.traces;

import java.time.Duration;
import java.util.Set;
import org.incidentworkbench.analysis.time.TimeRange;

/**
 * Which traces to list: those starting in {@code range} that touch any of {@code services} (empty:
 * all), optionally only those with an error span or lasting at least {@code minDuration}; the
 * slowest first, at most {@code limit}.
 */
public record TraceQuery(TimeRange range, Set<String> services, boolean errorsOnly, Duration minDuration,
                         int limit) {

    public TraceQuery {
        services = Set.copyOf(services);
        minDuration = minDuration == null ? Duration.ZERO : minDuration;
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }
}
