package org.incidentworkbench.analysis.incidents;

import java.time.Instant;
import java.util.UUID;

/**
 * A reference to evidence (a query, a chart, a k8s event, a git diff, a note): {@code kind} and
 * {@code source} say what it is, {@code ref} where to find it.
 */
public record EvidenceArtifact(UUID id, UUID incidentId, String kind, String source, String ref,
                               Instant createdAt, String metadataJson) {
}
