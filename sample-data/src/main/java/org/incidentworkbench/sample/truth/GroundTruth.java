package org.incidentworkbench.sample.truth;

import java.time.Instant;
import java.util.UUID;

/**
 * What really caused a sample's incident.
 *
 * @param scenario          the scenario's command-line name
 * @param rootCauseService  the service at fault (for a traffic surge: where it entered)
 * @param causeKind         release, traffic, dependency or infra
 * @param causingChangeId   the deployment or config change that caused it; null when no change did
 * @param causingChangeType "deployment" or "config_change"; null when no change did
 * @param onset             when the fault began
 * @param incidentId        the incident record it explains
 */
public record GroundTruth(String scenario, long seed, String rootCauseService, String causeKind, UUID causingChangeId,
                          String causingChangeType, Instant onset, UUID incidentId, String summary) {

    public static final String DEPLOYMENT = "deployment";
    public static final String CONFIG_CHANGE = "config_change";
}
