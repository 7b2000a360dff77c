package org.incidentworkbench.analysis.changes;

import java.time.Instant;
import java.util.UUID;

/**
 * An out-of-band change with no git trail (an env var, a resource limit, a replica count, a
 * ConfigMap key, a schema alter). {@code serviceId}/{@code serviceName} are null when it is
 * cluster-wide; {@code diffPayloadJson} is {@code {field, old_value, new_value}}, never a secret.
 */
public record ConfigChangeEvent(UUID id, UUID serviceId, String serviceName, Instant detectedAt, String source,
                                String changeKind, String resourceName, String diffPayloadJson, String actor,
                                String auditLogRef) {
}
