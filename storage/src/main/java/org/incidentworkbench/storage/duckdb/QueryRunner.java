package org.incidentworkbench.storage.duckdb;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBConnection;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.jdbc.CancellableQuery;
import org.incidentworkbench.storage.jdbc.Reader;
import org.incidentworkbench.storage.jdbc.Rows;
import org.incidentworkbench.storage.jdbc.Sql;

/**
 * Runs every query of a snapshot: one fresh connection and statement per read, cancellable,
 * rows mapped to records, errors made plain.
 *
 * <p>Threads: a DuckDB JDBC connection runs one query at a time, and {@code Statement.cancel()}
 * interrupts the connection, not just the statement. So each read runs on its own
 * {@link DuckDBConnection#duplicate() duplicate} of the root connection: a new connection to the
 * same open database (about 10 µs), which lets reads from several threads run in parallel and lets
 * one be cancelled without touching the others. The root connection only keeps the database open.
 *
 * <p>Cancellation: the read registers {@code statement.cancel()} with the caller's
 * {@link Cancellation} while it runs, so DuckDB itself stops the statement. DuckDB's cancel only
 * reaches a statement that is executing, so the token is also checked after registering and
 * while rows are mapped; a cancel landing in the instant between that check and the start of
 * execution is noticed when the statement ends. Either way the read throws
 * {@link ReadCancelledException}, never a {@link SourceException}.
 */
final class QueryRunner implements Reader, AutoCloseable {

    private final DuckDBConnection root;
    private final Path file;
    private volatile boolean closed;

    QueryRunner(DuckDBConnection root, Path file) {
        this.root = root;
        this.file = file;
    }

    Path file() {
        return file;
    }

    @Override
    public <T> List<T> list(String what, Sql sql, Rows.Mapper<T> mapper, Cancellation cancel) {
        List<T> rows = new ArrayList<>();
        each(what, sql, rs -> rows.add(map(what, mapper, rs)), cancel);
        return rows;
    }

    @Override
    public void each(String what, Sql sql, CancellableQuery.RowHandler handler, Cancellation cancel) {
        cancel.throwIfCancelled();
        try (DuckDBConnection conn = connection(); PreparedStatement ps = conn.prepareStatement(sql.text())) {
            sql.bind(ps, DuckDbDialect.INSTANCE);
            CancellableQuery.forEach(ps, handler, cancel);
        } catch (SQLException e) {
            ReadCancelledException cancelled = CancellableQuery.cancellation(e, cancel);
            throw cancelled != null ? cancelled : DuckDbErrors.onRead(file, what, e);
        }
    }

    private DuckDBConnection connection() throws SQLException {
        if (closed) {
            throw new SourceException(file + " has been closed; open it again to read from it.");
        }
        return root.duplicate();
    }

    private <T> T map(String what, Rows.Mapper<T> mapper, ResultSet rs) throws SQLException {
        try {
            return mapper.map(rs);
        } catch (IllegalArgumentException e) {
            throw new SourceException(file + " holds a value in " + what + " that this version cannot read: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            root.close();
        } catch (SQLException e) {
            throw new SourceException("Cannot close " + file + ": " + DuckDbErrors.firstLine(e) + ".", e);
        }
    }
}
