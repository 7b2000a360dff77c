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
            """,
            // The feedback outbox: every event recorded here, where it belongs (its home: the
            // workspace's source), where it has been delivered, and ids a target holds differently.
            """
            CREATE TABLE feedback_outbox (
                event_id TEXT PRIMARY KEY,
                home TEXT NOT NULL,
                incident_id TEXT NOT NULL,
                created_us INTEGER NOT NULL,
                actor_type TEXT NOT NULL,
                actor_id TEXT,
                event_type TEXT NOT NULL,
                payload TEXT NOT NULL
            );
            CREATE INDEX feedback_outbox_home ON feedback_outbox (home, incident_id, created_us);
            CREATE TABLE feedback_deliveries (
                event_id TEXT NOT NULL REFERENCES feedback_outbox (event_id),
                target TEXT NOT NULL,
                delivered_ms INTEGER NOT NULL,
                PRIMARY KEY (event_id, target)
            );
            CREATE TABLE feedback_quarantine (
                event_id TEXT NOT NULL REFERENCES feedback_outbox (event_id),
                target TEXT NOT NULL,
                found_there TEXT NOT NULL,
                found_ms INTEGER NOT NULL,
                PRIMARY KEY (event_id, target)
            );
            """);

    private StateMigrations() {
    }
}
