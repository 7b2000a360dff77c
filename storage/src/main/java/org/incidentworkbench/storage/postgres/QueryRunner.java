package org.incidentworkbench.storage.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.jdbc.CancellableQuery;
import org.incidentworkbench.storage.jdbc.Reader;
import org.incidentworkbench.storage.jdbc.Sql;
import org.incidentworkbench.storage.schema.Relation;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOut;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.Utils;

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
        onSession(what, cancel, s -> {
            // A fetch size only streams inside a transaction; the session is read-only anyway.
            s.setAutoCommit(false);
            try (PreparedStatement ps = s.prepareStatement(sql.text())) {
                ps.setFetchSize(FETCH_SIZE);
                sql.bind(ps, PostgresDialect.PLAIN);
                CancellableQuery.forEach(ps, handler, cancel);
            }
        });
    }

    /**
     * Reads an export's signal rows with a binary {@code COPY} ({@link BinaryCopyRows}) instead of a
     * cursor. {@code COPY} takes no parameters, so the values are written into the statement as
     * literals, spelled by the driver's own escaping, as it does itself in its simple query mode.
     * Cancelling asks the server to stop the statement, as for the other reads.
     */
    @Override
    public void signalRows(String what, Sql sql, Relation signal, Consumer<Object[]> rows, Cancellation cancel) {
        onSession(what, cancel, s -> {
            BaseConnection pg = s.unwrap(BaseConnection.class);
            boolean standard = pg.getStandardConformingStrings();
            String copy = BinaryCopyRows.statement(sql.inlined(v -> literal(v, standard)), signal);
            BinaryCopyRows decoder = new BinaryCopyRows(signal);
            try (Cancellation.Registration stop = cancel.onCancel(() -> cancelQuietly(pg))) {
                CopyOut out = new CopyManager(pg).copyOut(copy);
                try {
                    for (byte[] message = out.readFromCopy(); message != null; message = out.readFromCopy()) {
                        cancel.throwIfCancelled();
                        decoder.decode(message, rows);
                    }
                } catch (RuntimeException | SQLException e) {
                    abandon(out, e);
                    throw e;
                }
            }
            cancel.throwIfCancelled();
        });
    }

    /** One read's work on a session of its own. */
    @FunctionalInterface
    private interface SessionWork {
        void run(Connection session) throws SQLException;
    }

    /**
     * Runs {@code work} on a pooled or new session, then gives the session back to the pool, or
     * closes it if the work failed; driver errors become plain messages, or the cancel.
     */
    private void onSession(String what, Cancellation cancel, SessionWork work) {
        cancel.throwIfCancelled();
        try {
            Connection kept = closed ? null : sessions.take();
            Connection s = kept != null ? kept : connect();
            boolean clean = false;
            try {
                work.run(s);
                clean = true;
            } finally {
                if (clean) {
                    sessions.giveBack(s, cancel.isCancelled());
                } else {
                    SessionPool.closeQuietly(s);
                }
            }
        } catch (SQLException e) {
            ReadCancelledException cancelled = CancellableQuery.cancellation(e, cancel);
            throw cancelled != null ? cancelled : PostgresErrors.onRead(target, what, e);
        }
    }

    private static String literal(Object value, boolean standardConformingStrings) {
        return switch (value) {
            case Long l -> l.toString();
            case Integer i -> i.toString();
            case String text -> {
                try {
                    yield Utils.escapeLiteral(new StringBuilder("'"), text, standardConformingStrings).append('\'').toString();
                } catch (SQLException e) { // a NUL character, which no PostgreSQL text holds
                    throw new IllegalArgumentException("cannot send " + text + ": " + e.getMessage(), e);
                }
            }
            default -> throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " into a COPY");
        };
    }

    /**
     * Ends a COPY still sending: the driver holds the session for it until its end, so closing the
     * session would wait for the rest of the rows.
     */
    private static void abandon(CopyOut out, Exception failure) {
        if (out.isActive()) {
            try {
                out.cancelCopy();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static void cancelQuietly(BaseConnection pg) {
        try {
            pg.cancelQuery();
        } catch (SQLException alreadyDone) {
            // the statement finished or the session closed meanwhile: nothing left to stop
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
