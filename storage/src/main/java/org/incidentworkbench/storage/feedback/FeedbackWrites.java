package org.incidentworkbench.storage.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;

/**
 * Writes a batch of events to a target's {@code feedback_events} in one transaction: an id the
 * target lacks is inserted, an id it has is compared (incident, type, payload as JSON) and either
 * counted as present or reported as a conflict. Nothing there is ever updated.
 */
final class FeedbackWrites {

    /** An id the target holds with other content, and what it holds. */
    record Conflict(UUID id, String foundThere) {
    }

    record Outcome(List<UUID> inserted, List<UUID> present, List<Conflict> conflicts) {
    }

    private FeedbackWrites() {
    }

    static Outcome write(Connection c, String jsonType, List<FeedbackEvent> batch) throws SQLException {
        List<UUID> inserted = new ArrayList<>();
        List<UUID> present = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO feedback_events (feedback_event_id, incident_id,"
                + " created_at, actor_type, actor_id, event_type, payload) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS " + jsonType
                + ")) ON CONFLICT (feedback_event_id) DO NOTHING");
             PreparedStatement compare = c.prepareStatement("SELECT incident_id = ? AND event_type = ? AND payload = CAST(? AS "
                     + jsonType + "), CAST(incident_id AS TEXT), event_type, CAST(payload AS TEXT) FROM feedback_events"
                     + " WHERE feedback_event_id = ?")) {
            for (FeedbackEvent e : batch) {
                bind(insert, e.id(), e.incidentId(), e.createdAt().atOffset(ZoneOffset.UTC), e.actorType(), e.actorId(),
                        e.eventType(), payload(e));
                if (insert.executeUpdate() == 1) {
                    inserted.add(e.id());
                    continue;
                }
                bind(compare, e.incidentId(), e.eventType(), payload(e), e.id());
                try (ResultSet rs = compare.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        present.add(e.id());
                    } else {
                        conflicts.add(new Conflict(e.id(), "incident " + rs.getString(2) + ", " + rs.getString(3) + " "
                                + rs.getString(4)));
                    }
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c, e);
            throw e;
        }
        return new Outcome(inserted, present, conflicts);
    }

    private static String payload(FeedbackEvent e) {
        return e.payloadJson() == null || e.payloadJson().isBlank() ? "{}" : e.payloadJson();
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }

    /** A dropped connection cannot roll back; the server discards the open transaction itself. */
    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

}
