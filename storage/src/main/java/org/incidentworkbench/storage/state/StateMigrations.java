package org.incidentworkbench.storage.state;

import java.util.List;

/**
 * The state file's schema, as an ordered list of scripts: script {@code i} takes a file from
 * version {@code i} to {@code i + 1} ({@code PRAGMA user_version}). Append new scripts; never edit
 * one that has shipped.
 */
final class StateMigrations {

    static final List<String> ALL = List.of(
            """
            CREATE TABLE recent_sources (
                location TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                label TEXT NOT NULL,
                last_opened_ms INTEGER NOT NULL
            );
            CREATE TABLE recent_workspaces (
                source_location TEXT NOT NULL,
                incident_id TEXT NOT NULL,
                title TEXT NOT NULL,
                last_opened_ms INTEGER NOT NULL,
                PRIMARY KEY (source_location, incident_id)
            );
            CREATE TABLE preferences (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            """,
            // No password column, ever: passwords come from the environment, .pgpass or a prompt.
            """
            CREATE TABLE saved_connections (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                host TEXT NOT NULL,
                port INTEGER NOT NULL,
                database_name TEXT NOT NULL,
                user_name TEXT NOT NULL,
                tls_mode TEXT NOT NULL,
                root_certificate TEXT,
                profile TEXT NOT NULL
            );
            """);

    private StateMigrations() {
    }
}
