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
 * Runs every query of a live source: one read-only session and statement per read, cancellable
 * on the server, rows mapped to records, errors made plain.
 *
 * <p>Sessions: a read takes one no other read uses, from a small {@link SessionPool} of those
 * whose reads ended cleanly (checked alive first, so a server restart meanwhile costs nothing but a
 * new session), or a new one. The runner is thread-safe without shared state, and a cancelled or
 * failed read takes nothing else down: its session is closed.
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
    private final SessionPool sessions = new SessionPool();
    private volatile boolean closed;

    /** @param session the statements that set up each session (a source profile's), run in order */
    QueryRunner(PostgresTarget target, List<String> session) {
        this.target = target;
        this.session = List.copyOf(session);
    }

    @Override
    public void each(String what, Sql sql, CancellableQuery.RowHandler handler, Cancellation cancel) {
        cancel.throwIfCancelled();
        try {
            Connection kept = closed ? null : sessions.take();
            read(kept != null ? kept : connect(), sql, handler, cancel);
        } catch (SQLException e) {
            ReadCancelledException cancelled = CancellableQuery.cancellation(e, cancel);
            throw cancelled != null ? cancelled : PostgresErrors.onRead(target, what, e);
        }
    }

    /** Runs {@code sql} on {@code s}, then gives {@code s} back to the pool, or closes it if the read failed. */
    private void read(Connection s, Sql sql, CancellableQuery.RowHandler handler, Cancellation cancel) throws SQLException {
        boolean clean = false;
        try {
            // A fetch size only streams inside a transaction; the session is read-only anyway.
            s.setAutoCommit(false);
            try (PreparedStatement ps = s.prepareStatement(sql.text())) {
                ps.setFetchSize(FETCH_SIZE);
                sql.bind(ps, PostgresDialect.PLAIN);
                CancellableQuery.forEach(ps, handler, cancel);
            }
            clean = true;
        } finally {
            if (clean) {
                sessions.giveBack(s, cancel.isCancelled());
            } else {
                SessionPool.closeQuietly(s);
            }
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

    /** Reads after this fail; reads under way finish, as each holds its own session, which is then closed. */
    void close() {
        closed = true;
        sessions.close();
    }

}
