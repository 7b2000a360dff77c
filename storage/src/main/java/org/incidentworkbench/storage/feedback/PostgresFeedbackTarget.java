package org.incidentworkbench.storage.feedback;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.postgres.PostgresTarget;

/** A live PostgreSQL source's {@code feedback_events}, written through the explicit write session. */
public record PostgresFeedbackTarget(PostgresTarget target) implements FeedbackTarget {

    /** Feedback writes are a few rows: anything slower is a stuck server, better retried later. */
    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);
    /** How the names of these targets begin, and so how the outbox tells a database home from a snapshot's. */
    static final String SCHEME = "postgresql://";

    @Override
    public String name() {
        return SCHEME + target.display();
    }

    @Override
    public Connection open() throws SQLException {
        Connection c;
        try {
            c = target.openWriter();
        } catch (SourceException e) {
            throw new SQLException(e.getMessage(), e);
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET statement_timeout = " + STATEMENT_TIMEOUT.toMillis());
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public String jsonType() {
        return "JSONB";
    }
}
