package org.incidentworkbench.analysis.incidents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A written report on an incident (Markdown) and the evidence it cites. */
public record IncidentReport(UUID id, UUID incidentId, Instant createdAt, String modelInfoJson, String markdown,
                             List<UUID> evidenceIds) {

    public IncidentReport {
        evidenceIds = List.copyOf(evidenceIds);
    }
}
