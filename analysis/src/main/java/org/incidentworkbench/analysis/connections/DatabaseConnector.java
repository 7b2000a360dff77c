package org.incidentworkbench.analysis.connections;

import java.util.List;

/**
 * Tests and opens live databases. Failures the user can act on throw a
 * {@link org.incidentworkbench.analysis.source.SourceException} with a plain message, each cause its
 * own: an unreachable host, a missing database, a database the profile does not fit; a missing or
 * wrong password throws {@link LoginRefusedException}. Calls block (connect timeouts bound them), so
 * they belong off the FX thread.
 */
public interface DatabaseConnector {

    /** The source profiles a connection can use, {@link ConnectionSettings#CANONICAL_PROFILE} first. */
    List<String> profiles();

    /**
     * Connects, reports what the server is and whether the profile fits, and disconnects. A profile
     * that does not fit is reported in the result, not thrown.
     *
     * @param password null to let the driver find one (for PostgreSQL, the user's {@code .pgpass})
     */
    ConnectionCheck test(ConnectionSettings settings, Password password);

    /**
     * Opens the database as a source; fails, rather than opening, when the profile does not fit.
     *
     * @param password null to let the driver find one
     */
    LiveSource open(ConnectionSettings settings, Password password);
}
