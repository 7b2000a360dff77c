package org.incidentworkbench.storage.duckdb;

import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBFunctions;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.jdbc.SignalValues;
import org.incidentworkbench.storage.schema.Relation;
import org.incidentworkbench.storage.schema.SignalLayout;

/**
 * Fills one signal table of a snapshot being written, on a connection of its own and in one
 * transaction: the three signal tables fill in parallel, each from its own thread, and DuckDB
 * commits each once. An export's rows all go in with one statement ({@link #insert}); a generator's
 * go one at a time through DuckDB's appender ({@link #addUnordered}), whose appender belongs to the
 * thread that made it, so that thread must also be the one that finishes the snapshot. Rows go
 * straight into the table; if they did not all come in the stored order ({@link SignalLayout}) the
 * table is rewritten sorted when the snapshot is finished.
 */
public final class SignalTableWriter {

    private final Relation signal;
    private final String target;
    private final DuckDBConnection connection;
    /** Made by the first thread that appends. */
    private DuckDBAppender appender;
    private final ArrivalOrder arrival;
    /** The rows {@link #insert} takes, pulled by DuckDB. */
    private final PulledRows incoming;
    /** Mines log records as they pass; null for the other signals. */
    private final StreamedTemplates templates;
    /** Committed or abandoned: nothing more can be appended. */
    private boolean ended;
    /** Committed, by {@link #insert} or when the snapshot was finished. */
    private boolean committed;

    private SignalTableWriter(Relation signal, String target, DuckDBConnection connection, StreamedTemplates templates)
            throws SQLException {
        this.signal = signal;
        this.target = target;
        this.connection = connection;
        this.templates = templates;
        this.arrival = new ArrivalOrder(signal);
        this.incoming = new PulledRows(signal, this::seen);
        connection.setAutoCommit(false);
        try (var function = DuckDBFunctions.tableFunction()) {
            function.withName(incoming.name()).withFunction(incoming).register(connection);
        }
    }

    /** A writer of {@code signal}'s table on {@code own}, a connection to a file whose schema is committed. */
    static SignalTableWriter open(DuckDBConnection own, Relation signal, String target, StreamedTemplates templates)
            throws SQLException {
        try {
            return new SignalTableWriter(signal, target, own, templates);
        } catch (SQLException e) {
            own.close();
            throw e;
        }
    }

    /**
     * Inserts every row {@code rows} hands over, each in the canonical column layout as
     * {@link SignalValues} reads it (JSON already canonical), with one {@code INSERT … SELECT} from a
     * table function that pulls them ({@link PulledRows}). DuckDB then keeps one append open for the
     * whole table; its appender would hand each 2,048 rows over as an append of their own, which
     * costs about three times the CPU. The rows are committed at once, on the calling thread (so
     * DuckDB writes their last row group there, while the other tables are still being copied), and
     * the table takes no more rows. A failure of {@code rows} is rethrown as it was thrown. Returns
     * the number of rows inserted.
     */
    public long insert(RowBatches rows) {
        if (ended) {
            throw new IllegalStateException("snapshot already finished");
        }
        incoming.from(rows);
        try {
            long inserted;
            try (Statement st = connection.createStatement()) {
                inserted = st.executeUpdate(incoming.insertSql());
            }
            commit();
            return inserted;
        } catch (SQLException e) {
            RuntimeException failure = incoming.failure();
            if (failure != null) {
                failure.addSuppressed(e);
                throw failure;
            }
            throw new SourceException("cannot write snapshot " + target + ": " + e.getMessage(), e);
        } finally {
            incoming.from(null);
        }
    }

    private void seen(Object[] row) {
        arrival.see(row);
        if (templates != null) { // log_id, ts, service, severity, body come first
            templates.add((Long) row[0], (Long) row[1], (String) row[2], (String) row[3], (String) row[4]);
        }
    }

    /** Appends one row given field by field, in no known order. */
    void addUnordered(RowFiller filler) {
        arrival.unknown();
        append(filler);
    }

    private void append(RowFiller filler) {
        if (ended) {
            throw new IllegalStateException("snapshot already finished");
        }
        try {
            if (appender == null) {
                appender = connection.createAppender("main", signal.tableName());
            }
            DuckDBAppender row = appender.beginRow();
            filler.fill(row);
            row.endRow();
        } catch (SQLException e) {
            throw new SourceException("cannot write snapshot " + target + ": " + e.getMessage(), e);
        }
    }

    /** Hands DuckDB the rows the appender still buffers and ends appending; idempotent. */
    private void endAppending() {
        try {
            if (appender != null) {
                appender.close();
            }
        } catch (SQLException e) {
            throw new SourceException("cannot write snapshot " + target + ": " + e.getMessage(), e);
        }
    }

    /** Whether every row so far came in the stored order, so the table need not be sorted. */
    public boolean inStoredOrder() {
        return arrival.sorted();
    }

    /**
     * Commits the rows appended and closes the connection, unless {@link #insert} has; whether they
     * came in the stored order.
     */
    boolean commit() throws SQLException {
        if (committed) {
            return arrival.sorted();
        }
        if (ended) {
            throw new IllegalStateException("snapshot already finished");
        }
        ended = true;
        committed = true;
        try (connection) {
            endAppending();
            connection.commit();
        }
        return arrival.sorted();
    }

    /** Drops what was appended, unless committed already; nothing of it is kept. Idempotent. */
    void abandon() {
        if (ended) {
            return;
        }
        ended = true;
        try (connection) {
            connection.rollback();
        } catch (SQLException ignored) {
            // the file is deleted next
        }
    }

    /** Rewrites {@code signal}'s committed table in the stored order, in {@code writer}'s transaction. */
    static void sort(Statement writer, Relation signal) throws SQLException {
        String table = "main." + signal.tableName();
        String sorted = "sorted_" + signal.tableName();
        writer.execute("CREATE TEMP TABLE " + sorted + " AS SELECT * FROM " + table
                + " ORDER BY " + String.join(", ", SignalLayout.orderOf(signal)));
        writer.execute("DELETE FROM " + table);
        // DuckDB keeps insertion order, so the rows are read back in this order.
        writer.execute("INSERT INTO " + table + " SELECT * FROM temp." + sorted);
        writer.execute("DROP TABLE temp." + sorted);
    }
}
