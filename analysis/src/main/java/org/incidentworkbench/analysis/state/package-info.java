/**
 * The app's own remembered state, as the ui needs it: the sources and workspaces opened lately and
 * the user's preferences, and the database connections they saved. {@code storage} keeps it (SQLite in the user's config folder).
 */
package org.incidentworkbench.analysis.state;
