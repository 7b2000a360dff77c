package org.incidentworkbench.storage.postgres;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.duckdb.SnapshotTables;
import org.incidentworkbench.storage.jdbc.CancellableQuery;
import org.incidentworkbench.storage.schema.DeclaredColumns;
import org.incidentworkbench.storage.schema.EvidenceSchema;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads a snapshot into a PostgreSQL database holding the incident schema (see {@code workbench db
 * init}): every table but {@code schema_info}, which describes the database itself, streamed from
 * DuckDB into {@code COPY ... FROM STDIN} in binary format, all in one transaction, so a failed or
 * cancelled load leaves the database as it was. Memory stays constant: rows pass from DuckDB's
 * result chunks through one {@link CopyBuffer} to the server.
 */
public final class SnapshotLoader {

    /** Rows between two {@link LoadProgress} calls while a table loads. */
    static final int PROGRESS_EVERY = 100_000;

    /** The tables a load fills, in creation order, so every foreign key finds its row already in. */
    public static final List<String> DATA_TABLES = EvidenceSchema.TABLES.stream().filter(t -> !t.equals("schema_info")).toList();

    /** The signature that opens COPY's binary format. */
    private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

    private final PostgresTarget target;
    private final LoadProgress progress;
    private final Cancellation cancel;
    /** What the load is doing, for the message if the server fails it. */
    private String doing = "start the load";

    private SnapshotLoader(PostgresTarget target, LoadProgress progress, Cancellation cancel) {
        this.target = target;
        this.progress = progress;
        this.cancel = cancel;
    }

    /**
     * Copies every row of {@code snapshot} into {@code target}, which must hold the current incident
     * schema and no incident data, unless {@code replace}: then the schema's tables are emptied
     * first, in the same transaction.
     *
     * @throws SourceException with a plain message when the snapshot cannot be read, the database
     *     refuses the load or holds data already; nothing is committed then
     * @throws ReadCancelledException once {@code cancel} is cancelled; nothing is committed
     */
    public static LoadResult load(Path snapshot, PostgresTarget target, boolean replace, LoadProgress progress,
            Cancellation cancel) {
        Objects.requireNonNull(snapshot, "snapshot");
        return new SnapshotLoader(target, progress, cancel).run(snapshot, replace);
    }

    private LoadResult run(Path snapshot, boolean replace) {
        long started = System.nanoTime();
        cancel.throwIfCancelled();
        try (SnapshotTables tables = DuckDbSnapshots.openTables(snapshot); Connection pg = target.openWriter();
             Cancellation.Registration stop = cancel.onCancel(() -> cancelOnServer(pg))) {
            pg.setAutoCommit(false);
            doing = "read the schema";
            SchemaInspection schema = SchemaInspection.read(pg, target.display());
            schema.requireCurrent();
            if (replace) {
                emptyTables(pg);
            } else {
                requireNoData(pg);
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : DATA_TABLES) {
                doing = "load table " + table;
                rows.put(table, copy(tables, pg, table));
                progress.copied(table, rows.get(table), true);
                schema.identityColumn(table).ifPresent(column -> advanceIdentity(pg, table, column));
            }
            cancel.throwIfCancelled();
            analyze(pg);
            doing = "commit the load";
            pg.commit();
            return new LoadResult(rows, Duration.ofNanos(System.nanoTime() - started));
        } catch (SQLException e) {
            throw failure(e);
        } catch (CopyBuffer.SendFailed e) {
            throw failure(e.getCause());
        }
    }

    /**
     * Gives the planner statistics of the loaded tables at once: until autovacuum gets round to
     * them, the first reads of a fresh load are planned for empty tables (a scan of a whole index,
     * sorts spilled to disk).
     */
    private void analyze(Connection pg) throws SQLException {
        doing = "analyze the loaded tables";
        try (Statement st = pg.createStatement()) {
            st.execute("ANALYZE " + String.join(", ", DATA_TABLES));
        }
    }

    private RuntimeException failure(SQLException e) {
        ReadCancelledException cancelled = CancellableQuery.cancellation(e, cancel);
        return cancelled != null ? cancelled : PostgresErrors.onWrite(target, doing, e);
    }

    /** Streams {@code table} from the snapshot into one COPY; returns the rows the server took. */
    private long copy(SnapshotTables tables, Connection pg, String table) throws SQLException {
        List<DeclaredColumns.DeclaredColumn> columns = DeclaredColumns.of(table);
        List<CopyType> types = columns.stream().map(c -> CopyType.of(c.duckDbType())).toList();
        String names = String.join(", ", columns.stream().map(DeclaredColumns.DeclaredColumn::name).toList());
        CopyIn in = pg.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + names + ") FROM STDIN (FORMAT binary)");
        try {
            CopyBuffer out = new CopyBuffer(in);
            out.putBytes(SIGNATURE);
            out.putInt(0); // flags: none
            out.putInt(0); // header extension: none
            long[] sent = {0};
            tables.scan(table, rs -> {
                out.putShort(types.size());
                for (int i = 0; i < types.size(); i++) {
                    types.get(i).write(rs, i + 1, out);
                }
                if (++sent[0] % PROGRESS_EVERY == 0) {
                    progress.copied(table, sent[0], false);
                }
            }, cancel);
            out.putShort(-1);
            out.flush();
            return in.endCopy();
        } finally {
            if (in.isActive()) {
                abandon(in);
            }
        }
    }

    /** A failed or cancelled copy is ended so the session can roll back; the first error is the one to report. */
    private static void abandon(CopyIn in) {
        try {
            in.cancelCopy();
        } catch (SQLException alreadyBroken) {
            // the connection is gone: the server rolls the transaction back on its own
        }
    }

    private void emptyTables(Connection pg) throws SQLException {
        doing = "empty the incident tables";
        try (Statement s = pg.createStatement()) {
            s.execute("TRUNCATE TABLE " + String.join(", ", DATA_TABLES));
        }
    }

    private void requireNoData(Connection pg) throws SQLException {
        doing = "check that the database holds no incident data";
        for (String table : DATA_TABLES) {
            try (Statement s = pg.createStatement();
                 ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    throw new SourceException(target.display() + " already holds incident data (table " + table
                            + " has rows). Replace it explicitly (workbench sample --replace) or load into an empty database.");
                }
            }
        }
    }

    /** Loaded rows keep their ids, so the identity's sequence must start past them for rows added later. */
    private void advanceIdentity(Connection pg, String table, String column) {
        try (PreparedStatement ps = pg.prepareStatement(
                "SELECT setval(pg_get_serial_sequence(?, ?), max(" + column + ")) FROM " + table)) {
            ps.setString(1, table);
            ps.setString(2, column);
            ps.execute();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void cancelOnServer(Connection pg) {
        try {
            pg.unwrap(PGConnection.class).cancelQuery();
        } catch (SQLException nothingRunning) {
            // the load is between statements: it sees the token before the next one
        }
    }
}
