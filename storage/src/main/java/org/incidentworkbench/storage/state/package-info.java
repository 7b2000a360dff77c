/**
 * The app's own state (recent sources and workspaces, preferences, saved database
 * connections without passwords) in a SQLite file in the user's
 * config folder: created on first run, migrated by {@code PRAGMA user_version}, and moved aside
 * (with a plain notice) when it is damaged or not ours, so it never stops the app from starting.
 */
package org.incidentworkbench.storage.state;
