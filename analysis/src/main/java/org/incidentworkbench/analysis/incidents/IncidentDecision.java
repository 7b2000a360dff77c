package org.incidentworkbench.analysis.incidents;

import java.time.Instant;
import java.util.UUID;

/** A trigger or gating decision on an incident (approved or suppressed) and why. */
public record IncidentDecision(UUID id, UUID incidentId, Instant decidedAt, String decision, String rationale,
                               String policyVersion, String detailsJson) {
}
