/**
 * Live database connections as the app sees them: the settings a user saves (never a password),
 * the {@link org.incidentworkbench.analysis.connections.DatabaseConnector} port that tests and opens
 * them, and what a test finds (server version, extensions, the source profile's fit, encryption).
 * {@code storage} implements the port over PostgreSQL; {@code app} wires it.
 */
package org.incidentworkbench.analysis.connections;
