/**
 * The start page: connect to a database, open a snapshot file or the sample incident, or open a
 * saved connection or a recent snapshot or workspace.
 */
package org.incidentworkbench.ui.start;
