package org.incidentworkbench.storage.feedback;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.incidentworkbench.analysis.feedback.FeedbackLog.LoggedFeedback;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.state.Statements;
import org.incidentworkbench.storage.state.StateSchema;

/**
 * The feedback outbox in the app's state file, on a connection of its own with WAL and
 * {@code synchronous = FULL}: when {@link #record} returns, the event survives a crash or a power
 * cut. Each event has a home (the source of the workspace it was recorded in) and a delivery row
 * per target that holds it; an event a target holds with different content is quarantined there.
 */
public final class FeedbackOutbox implements AutoCloseable {

    private static final String COLUMNS = "o.event_id, o.incident_id, o.created_us, o.actor_type, o.actor_id, o.event_type, o.payload";

    private final Path file;
    private final Connection connection;
    private final Statements statements;
    private final Clock clock;

    private FeedbackOutbox(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.statements = new Statements(connection, this::failure);
        this.clock = clock;
    }

    /** Opens the outbox in the state file (created and migrated as needed). */
    public static FeedbackOutbox open(Path stateFile, Clock clock) {
        try {
            Connection c = StateSchema.connect(stateFile);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA foreign_keys = ON");
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return new FeedbackOutbox(stateFile, c, clock);
        } catch (SQLException e) {
            throw new SourceException("The feedback outbox in " + stateFile + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /** Commits the event, homed at {@code home}; recording the same id again changes nothing. */
    public synchronized void record(FeedbackEvent e, String home) {
        inTransaction(() -> insert(e, home));
    }

    /** Takes in events that {@code home} already holds (a snapshot's own feedback), as delivered there. */
    public synchronized void adopt(Collection<FeedbackEvent> events, String home) {
        inTransaction(() -> {
            for (FeedbackEvent e : events) {
                insert(e, home);
            }
            markDelivered(events.stream().map(FeedbackEvent::id).toList(), home);
        });
    }

    /** The events homed at {@code home} for an incident, oldest first, pending until delivered there. */
    public synchronized List<LoggedFeedback> recorded(String home, UUID incidentId) {
        return statements.query("SELECT " + COLUMNS + ", d.event_id IS NULL AS pending FROM feedback_outbox o"
                        + " LEFT JOIN feedback_deliveries d ON d.event_id = o.event_id AND d.target = o.home"
                        + " WHERE o.home = ? AND o.incident_id = ? ORDER BY o.created_us, o.event_id",
                rs -> new LoggedFeedback(event(rs), rs.getBoolean("pending")), home, incidentId.toString());
    }

    /** Up to {@code limit} events homed at {@code home} that {@code target} neither holds nor quarantined, oldest first. */
    public synchronized List<FeedbackEvent> pending(String home, String target, int limit) {
        return statements.query("SELECT " + COLUMNS + " FROM feedback_outbox o WHERE o.home = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM feedback_deliveries d WHERE d.event_id = o.event_id AND d.target = ?)"
                        + " AND NOT EXISTS (SELECT 1 FROM feedback_quarantine q WHERE q.event_id = o.event_id AND q.target = ?)"
                        + " ORDER BY o.created_us, o.event_id LIMIT ?",
                FeedbackOutbox::event, home, target, target, limit);
    }

    /** The homes with events they neither hold nor quarantined, in name order. */
    public synchronized List<String> homesWithPending() {
        return statements.query("SELECT DISTINCT o.home FROM feedback_outbox o"
                        + " WHERE NOT EXISTS (SELECT 1 FROM feedback_deliveries d WHERE d.event_id = o.event_id AND d.target = o.home)"
                        + " AND NOT EXISTS (SELECT 1 FROM feedback_quarantine q WHERE q.event_id = o.event_id AND q.target = o.home)"
                        + " ORDER BY o.home", rs -> rs.getString(1));
    }

    /** Every event homed at {@code home}, oldest first. */
    public synchronized List<FeedbackEvent> all(String home) {
        return statements.query("SELECT " + COLUMNS + " FROM feedback_outbox o WHERE o.home = ? ORDER BY o.created_us, o.event_id",
                FeedbackOutbox::event, home);
    }

    /** Notes that {@code target} holds these events. */
    public synchronized void delivered(Collection<UUID> ids, String target) {
        inTransaction(() -> markDelivered(ids, target));
    }

    /** Notes that {@code target} holds this id with different content, described by {@code foundThere}; never retried there. */
    public synchronized void quarantine(UUID id, String target, String foundThere) {
        statements.update("INSERT OR IGNORE INTO feedback_quarantine (event_id, target, found_there, found_ms) VALUES (?, ?, ?, ?)",
                id.toString(), target, foundThere, clock.millis());
    }

    /** The ids quarantined at {@code target}. */
    public synchronized List<UUID> quarantined(String target) {
        return statements.query("SELECT event_id FROM feedback_quarantine WHERE target = ? ORDER BY event_id",
                rs -> UUID.fromString(rs.getString(1)), target);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void insert(FeedbackEvent e, String home) throws SQLException {
        statements.execute("""
                INSERT OR IGNORE INTO feedback_outbox (event_id, home, incident_id, created_us, actor_type, actor_id,
                    event_type, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                e.id().toString(), home, e.incidentId().toString(), micros(e.createdAt()), e.actorType(), e.actorId(),
                e.eventType(), e.payloadJson() == null ? "{}" : e.payloadJson());
    }

    private void markDelivered(Collection<UUID> ids, String target) throws SQLException {
        long now = clock.millis();
        for (UUID id : ids) {
            statements.execute("INSERT OR IGNORE INTO feedback_deliveries (event_id, target, delivered_ms) VALUES (?, ?, ?)",
                    id.toString(), target, now);
        }
    }

    private static FeedbackEvent event(ResultSet rs) throws SQLException {
        long us = rs.getLong("created_us");
        return new FeedbackEvent(UUID.fromString(rs.getString("event_id")), UUID.fromString(rs.getString("incident_id")),
                Instant.EPOCH.plus(us, ChronoUnit.MICROS), rs.getString("actor_type"), rs.getString("actor_id"),
                rs.getString("event_type"), rs.getString("payload"));
    }

    private static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }

    private void inTransaction(Work work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private SourceException failure(SQLException e) {
        return new SourceException("The feedback outbox in " + file + " could not be read or written: " + e.getMessage(), e);
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }
}
