package org.incidentworkbench.sample.incidents;

import java.time.Instant;

/**
 * An incident as alerting raises it: it fires when {@code signal} of {@code service} stays above
 * {@code threshold} within {@code [searchFrom, searchTo)}; its window, title and timestamps come
 * from the simulated data. {@code titleFormat} gets the peak value (percent for error ratios, ms
 * for latency). {@code resolutionSummary} is set only for incidents already resolved.
 */
public record IncidentPlan(String service, Signal signal, double threshold, Instant searchFrom, Instant searchTo,
                           String triggerType, int severity, String status, String titleFormat, String decision,
                           String rationale, String resolutionSummary) {

    /** What the alert watches. */
    public enum Signal {
        ERROR_RATIO, P99_LATENCY
    }

    public boolean resolved() {
        return "resolved".equals(status);
    }
}
