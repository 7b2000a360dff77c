package org.incidentworkbench.analysis.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A knowledge-base document: {@code kind} is runbook, incident_summary or diff_chunk;
 * {@code serviceName} is null when it is not about one service.
 */
public record KbDocument(UUID id, String kind, String title, String content, String serviceName, List<String> tags,
                         String sourceUrl, Instant createdAt, String metadataJson) {

    public KbDocument {
        tags = List.copyOf(tags);
    }
}
