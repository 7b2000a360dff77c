package org.incidentworkbench.analysis.state;

import java.time.Instant;
import java.util.UUID;

/** An incident workspace opened lately: the source it was read from, the incident, its title, and when. */
public record RecentWorkspace(String sourceLocation, UUID incidentId, String title, Instant lastOpened) {
}
