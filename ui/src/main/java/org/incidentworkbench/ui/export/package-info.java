/**
 * "Export snapshot…" in a workspace: the options (margin, baseline, hops), the file to write, the
 * export running in the background with its table, rows and share done, and what came of it. The
 * exporting itself is the {@link org.incidentworkbench.ui.export.SnapshotExports} port, which the
 * app's wiring implements over the storage engine.
 */
package org.incidentworkbench.ui.export;
