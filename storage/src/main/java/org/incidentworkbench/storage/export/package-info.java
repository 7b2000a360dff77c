/**
 * Snapshot export: an incident's window, baseline and topological neighbourhood copied from any
 * {@code IncidentSource} into a new DuckDB snapshot ({@link org.incidentworkbench.storage.export.SnapshotExporter}),
 * sealed with a manifest of row counts and content hashes that
 * {@link org.incidentworkbench.storage.export.ManifestVerifier} recomputes.
 */
package org.incidentworkbench.storage.export;
