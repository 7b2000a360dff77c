package org.incidentworkbench.storage.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.jdbc.Reader;
import org.incidentworkbench.storage.jdbc.Rows;
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

    /** How many mapped rows between two cancellation checks while a result is read. */
    private static final int CHECK_EVERY = 1024;

    /** Rows fetched per round trip, so a large result streams instead of filling memory at once. */
    private static final int FETCH_SIZE = 4096;

    private final PostgresTarget target;
    private volatile boolean closed;

    QueryRunner(PostgresTarget target) {
        this.target = target;
    }

    @Override
    public <T> List<T> list(String what, Sql sql, Rows.Mapper<T> mapper, Cancellation cancel) {
        cancel.throwIfCancelled();
        try (Connection conn = connect()) {
            // A fetch size only streams inside a transaction; the session is read-only anyway.
            conn.setAutoCommit(false);
            try (PreparedStatement ps = conn.prepareStatement(sql.text())) {
                ps.setFetchSize(FETCH_SIZE);
                sql.bind(ps, PostgresDialect.INSTANCE);
                Cancellation.Registration stop = cancel.onCancel(() -> cancelQuietly(ps));
                try {
                    cancel.throwIfCancelled();
                    return rows(mapper, ps, cancel);
                } finally {
                    stop.close();
                }
            }
        } catch (SQLException e) {
            if (cancel.isCancelled()) {
                ReadCancelledException cancelled = new ReadCancelledException();
                cancelled.initCause(e);
                throw cancelled;
            }
            throw PostgresErrors.onRead(target, what, e);
        }
    }

    private static <T> List<T> rows(Rows.Mapper<T> mapper, PreparedStatement ps, Cancellation cancel) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                if (rows.size() % CHECK_EVERY == 0) {
                    cancel.throwIfCancelled();
                }
                rows.add(mapper.map(rs));
            }
            cancel.throwIfCancelled();
            return rows;
        }
    }

    /** A new read-only session; connection failures become plain messages. */
    private Connection connect() {
        if (closed) {
            throw new SourceException(target.display() + " has been closed; connect again to read from it.");
        }
        try {
            return DriverManager.getConnection(target.url(), target.properties());
        } catch (SQLException e) {
            throw PostgresErrors.onConnect(target, e);
        }
    }

    /** Reads after this fail; reads under way finish, as each holds its own session. */
    void close() {
        closed = true;
    }

    private static void cancelQuietly(PreparedStatement ps) {
        try {
            ps.cancel();
        } catch (SQLException alreadyDone) {
            // the statement finished or closed meanwhile: nothing left to stop
        }
    }
}
