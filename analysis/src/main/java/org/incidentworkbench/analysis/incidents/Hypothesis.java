package org.incidentworkbench.analysis.incidents;

import java.util.List;
import java.util.UUID;

/** A candidate root cause, ranked (1 is the most likely), with the evidence that supports it. */
public record Hypothesis(UUID id, UUID incidentId, int rank, String type, String title, double confidence,
                         List<UUID> evidenceIds, String detailsJson) {

    public Hypothesis {
        evidenceIds = List.copyOf(evidenceIds);
    }
}
