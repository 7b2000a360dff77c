package org.incidentworkbench.analysis.changes;

import java.time.Instant;
import java.util.UUID;

/** One rollout of a service. {@code revision} is a commit SHA or build id, null for manual changes. */
public record DeploymentEvent(UUID id, UUID serviceId, String serviceName, Instant startedAt, Instant finishedAt,
                              String deployType, String imageRef, String revision, String metadataJson) {
}
