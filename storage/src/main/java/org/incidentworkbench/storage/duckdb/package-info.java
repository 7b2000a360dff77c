/**
 * DuckDB snapshots: writing them ({@link org.incidentworkbench.storage.duckdb.SnapshotWriter}, the
 * Appender path) and reading them as an {@code IncidentSource}
 * ({@link org.incidentworkbench.storage.duckdb.DuckDbSnapshots#open}). Opening checks the file's
 * header, catalog and schema version before any read; each read feature (incidents, services,
 * metrics, logs, traces, changes, knowledge) has its own small class, and all of them run SQL
 * through one {@code QueryRunner} that handles connections, cancellation and errors.
 */
package org.incidentworkbench.storage.duckdb;
