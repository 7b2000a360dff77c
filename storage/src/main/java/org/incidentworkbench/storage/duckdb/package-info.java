/** DuckDB snapshots: writing them (the Appender path) and reading them as an {@code IncidentSource}. */
package org.incidentworkbench.storage.duckdb;
