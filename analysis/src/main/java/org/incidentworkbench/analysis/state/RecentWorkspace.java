package org.incidentworkbench.analysis.state;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An incident workspace opened lately: the source it was read from, the incident, its title, and
 * when. The source is a snapshot file's path, or {@code connection:<id>} for a saved database
 * connection (the connection, not its address, so an edited connection still reopens).
 */
public record RecentWorkspace(String sourceLocation, UUID incidentId, String title, Instant lastOpened) {

    private static final String CONNECTION = "connection:";

    /** A workspace read from the saved connection {@code connectionId}. */
    public static RecentWorkspace inConnection(UUID connectionId, UUID incidentId, String title, Instant lastOpened) {
        return new RecentWorkspace(CONNECTION + connectionId, incidentId, title, lastOpened);
    }

    /** The saved connection the workspace was read from; empty for a snapshot. */
    public Optional<UUID> connectionId() {
        return sourceLocation.startsWith(CONNECTION)
                ? Optional.of(UUID.fromString(sourceLocation.substring(CONNECTION.length())))
                : Optional.empty();
    }
}
