package org.incidentworkbench.analysis.topology;

import java.time.Instant;
import java.util.UUID;

/**
 * A logical service. Signals (metrics, logs, spans) name it by {@code name}, which is unique
 * within a source; incidents and changes refer to it by {@code id}.
 */
public record Service(UUID id, String cluster, String namespace, String name, ServiceKind kind,
                      String team, Instant createdAt) {
}
