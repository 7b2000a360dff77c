package org.incidentworkbench.storage.feedback;

import java.sql.Connection;
import java.sql.SQLException;

/** A database with a {@code feedback_events} table that feedback is delivered to. */
public interface FeedbackTarget {

    /** How the outbox names this target; stable across runs, never a password. */
    String name();

    /** A new writable session, closed by the caller. */
    Connection open() throws SQLException;

    /** The SQL type that payloads are cast to, so equal JSON compares equal ({@code JSONB}, {@code JSON}). */
    String jsonType();
}
