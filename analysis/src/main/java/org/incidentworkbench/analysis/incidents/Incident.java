package org.incidentworkbench.analysis.incidents;

import java.time.Instant;
import java.util.UUID;

/**
 * One investigation unit. {@code severity} is 1 (most severe) to 5. The resolution fields are a
 * convenience derived from feedback events and may be null.
 */
public record Incident(UUID id, UUID serviceId, String serviceName, String title, String status,
                       String triggerType, int severity, Instant windowStart, Instant windowEnd,
                       Instant createdAt, Instant updatedAt, Instant resolvedAt, String resolutionKind,
                       String resolutionSummary, UUID resolvedHypothesisId) {
}
