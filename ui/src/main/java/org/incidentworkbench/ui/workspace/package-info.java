/**
 * An incident workspace: its header, its sections (Overview, Metrics, Logs, ...), its status bar,
 * and the {@link org.incidentworkbench.ui.workspace.WorkspaceContext} every section reads from.
 */
package org.incidentworkbench.ui.workspace;
