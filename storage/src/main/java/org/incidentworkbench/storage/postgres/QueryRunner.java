package org.incidentworkbench.storage.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.jdbc.CancellableQuery;
import org.incidentworkbench.storage.jdbc.Reader;
import org.incidentworkbench.storage.jdbc.Sql;

/**
 * Runs every query of a live source: one fresh read-only session and statement per read,
 * cancellable on the server, rows mapped to records, errors made plain.
 *
 * <p>Connections: one per read, no pool. A workspace issues a handful of reads at a time, a
 * session costs a few milliseconds on a LAN, and a fresh session per read makes the runner
 * thread-safe without shared state, never hands a read a session broken by a server restart,
 * and lets a cancelled read take nothing else down. A small pool can replace {@link #connect}
 * if profiling over slow links asks for it.
 *
 * <p>Cancellation: the read registers {@code statement.cancel()} with the caller's
 * {@link Cancellation}; PgJDBC then sends a cancel request on a separate connection, so the
 * server stops the statement. The token is also checked before executing and while rows are
 * mapped. Either way the read throws {@link ReadCancelledException}, never a {@link SourceException}.
 */
final class QueryRunner implements Reader {

    /** Rows fetched per round trip, so a large result streams instead of filling memory at once. */
    private static final int FETCH_SIZE = 4096;

    private final PostgresTarget target;
    private final List<String> session;
    private volatile boolean closed;

    /** @param session the statements that set up each session (a source profile's), run in order */
    QueryRunner(PostgresTarget target, List<String> session) {
        this.target = target;
        this.session = List.copyOf(session);
    }

    @Override
    public void each(String what, Sql sql, CancellableQuery.RowHandler handler, Cancellation cancel) {
        cancel.throwIfCancelled();
        try (Connection conn = connect()) {
            // A fetch size only streams inside a transaction; the session is read-only anyway.
            conn.setAutoCommit(false);
            try (PreparedStatement ps = conn.prepareStatement(sql.text())) {
                ps.setFetchSize(FETCH_SIZE);
                sql.bind(ps, PostgresDialect.PLAIN);
                CancellableQuery.forEach(ps, handler, cancel);
            }
        } catch (SQLException e) {
            ReadCancelledException cancelled = CancellableQuery.cancellation(e, cancel);
            throw cancelled != null ? cancelled : PostgresErrors.onRead(target, what, e);
        }
    }

    /** A new read-only session, set up; connection failures become plain messages. */
    private Connection connect() throws SQLException {
        if (closed) {
            throw new SourceException(target.display() + " has been closed; connect again to read from it.");
        }
        Connection conn = target.openSession();
        try {
            for (String statement : session) {
                try (PreparedStatement ps = conn.prepareStatement(statement)) {
                    ps.execute();
                }
            }
            return conn;
        } catch (SQLException e) {
            conn.close();
            throw e;
        }
    }

    /** Reads after this fail; reads under way finish, as each holds its own session. */
    void close() {
        closed = true;
    }

}
