/**
 * DuckDB snapshots: writing them ({@link org.incidentworkbench.storage.duckdb.SnapshotWriter}, the
 * Appender path, mining the log templates from the records written: {@code SnapshotTemplates}) and
 * reading them as an {@code IncidentSource}
 * ({@link org.incidentworkbench.storage.duckdb.DuckDbSnapshots#open}), or table by table to copy them
 * elsewhere ({@link org.incidentworkbench.storage.duckdb.SnapshotTables}). Opening checks the file's
 * header, catalog and schema version before any read. The reads themselves are shared with the
 * PostgreSQL engine ({@code storage.jdbc}), spelled by {@code DuckDbDialect} and run through one
 * {@code QueryRunner} that handles connections, cancellation and errors.
 */
package org.incidentworkbench.storage.duckdb;
