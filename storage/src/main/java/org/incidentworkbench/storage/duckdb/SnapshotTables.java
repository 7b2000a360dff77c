package org.incidentworkbench.storage.duckdb;

import java.util.List;
import java.util.Optional;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.analysis.source.SourceInfo;
import org.incidentworkbench.storage.jdbc.CancellableQuery;
import org.incidentworkbench.storage.jdbc.Sql;
import org.incidentworkbench.storage.schema.DeclaredColumns;

/**
 * A snapshot's tables read row by row, to copy them into another database; open one with
 * {@link DuckDbSnapshots#openTables}. DuckDB streams each result in chunks, so a table of any size
 * is read in constant memory.
 */
public final class SnapshotTables implements AutoCloseable {

    /** The table an export stores its manifest in: one row, one JSON text; a snapshot may lack it. */
    public static final String MANIFEST_TABLE = "snapshot_manifest";

    private static final String TIMESTAMP = "TIMESTAMP WITH TIME ZONE";

    private final SourceInfo info;
    private final QueryRunner db;

    SnapshotTables(SourceInfo info, QueryRunner db) {
        this.info = info;
        this.db = db;
    }

    /** What the snapshot's {@code schema_info} says about it. */
    public SourceInfo info() {
        return info;
    }

    /**
     * Hands every row of {@code table} to {@code handler} in the file's order, its columns those of
     * {@link DeclaredColumns#of} in that order, except that timestamps arrive as epoch microseconds
     * ({@code BIGINT}), so none passes through a time zone.
     *
     * @throws ReadCancelledException once {@code cancel} is cancelled
     */
    public void scan(String table, CancellableQuery.RowHandler handler, Cancellation cancel) {
        db.each("table " + table, Sql.of(select(table)), handler, cancel);
    }

    /**
     * As {@link #scan}, but in the table's canonical order ({@link #canonicalSelect}): the order a
     * content hash is taken in, whatever order the rows were written in.
     */
    public void scanCanonical(String table, CancellableQuery.RowHandler handler, Cancellation cancel) {
        db.each("table " + table, Sql.of(canonicalSelect(table)), handler, cancel);
    }

    /**
     * The query {@link #scan} runs, ordered by every column from the first: the key columns come
     * first in every table, and ordering by all of them makes the order total even where there is no key.
     */
    public static String canonicalSelect(String table) {
        return select(table) + " ORDER BY ALL";
    }

    private static String select(String table) {
        List<String> select = DeclaredColumns.of(table).stream()
                .map(c -> c.duckDbType().equals(TIMESTAMP) ? "epoch_us(" + c.name() + ") AS " + c.name() : c.name())
                .toList();
        return "SELECT " + String.join(", ", select) + " FROM " + table;
    }

    /** The export manifest's text ({@value #MANIFEST_TABLE}), or empty for a snapshot written without one. */
    public Optional<String> manifest(Cancellation cancel) {
        boolean present = db.first("the table list", Sql.of("""
                SELECT count(*) AS n FROM system.information_schema.tables
                  WHERE table_catalog = system.main.current_database() AND table_schema = 'main'
                    AND table_name = ? AND table_type = 'BASE TABLE'""", MANIFEST_TABLE),
                rs -> rs.getLong("n") > 0, cancel).orElse(false);
        return present
                ? db.first("the manifest", Sql.of("SELECT manifest FROM " + MANIFEST_TABLE + " LIMIT 1"),
                        rs -> rs.getString("manifest"), cancel)
                : Optional.empty();
    }

    @Override
    public void close() {
        db.close();
    }
}
