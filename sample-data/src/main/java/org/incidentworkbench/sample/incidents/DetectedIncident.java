package org.incidentworkbench.sample.incidents;

import java.time.Instant;

/**
 * An incident as the alert saw it: when the signal first crossed the threshold, when the alert
 * fired (two minutes later), when the signal was last above it, the window the incident covers
 * (from the first rise to ten minutes after recovery) and the worst value seen.
 */
public record DetectedIncident(IncidentPlan plan, Instant breached, Instant fired, Instant recovered,
                               Instant windowStart, Instant windowEnd, double peak) {
}
