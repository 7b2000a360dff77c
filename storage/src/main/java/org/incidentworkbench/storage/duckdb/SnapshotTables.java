package org.incidentworkbench.storage.duckdb;

import java.util.List;
import java.util.Optional;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.analysis.source.SourceInfo;
import org.incidentworkbench.storage.jdbc.CancellableQuery;
import org.incidentworkbench.storage.jdbc.Sql;
import org.incidentworkbench.storage.schema.DeclaredColumns;
import org.incidentworkbench.storage.schema.Relation;
import org.incidentworkbench.storage.schema.SignalLayout;

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

    /** Hands {@code handler} the content of {@code table} in the order its hash reads it: {@link #contentQuery}. */
    public void scanContent(String table, CancellableQuery.RowHandler handler, Cancellation cancel) {
        db.each("table " + table, Sql.of(contentQuery(table)), handler, cancel);
    }

    /**
     * The query giving {@code table}'s content in the order its hash reads it, so the hash depends
     * on the rows alone, not on the order they were written in.
     * <ul>
     * <li>A signal table's rows come as values ({@link #scan}'s columns), in the stored order
     *     ({@link SignalLayout}), the order an export receives them in from its source and hashes them
     *     as they pass. Rows with equal layout keys come in no set order; the hash orders those.
     * <li>Every other table's rows come each as one text, sorted by it: each column's text prefixed
     *     by its length in bytes ({@code "-"} for null), so no two different rows, nor two different
     *     sequences of rows, read alike; times are epoch microseconds, lists their JSON, JSON as
     *     stored (the writer stores it canonical). DuckDB builds and sorts the texts in parallel,
     *     leaving the caller only the hashing.
     * </ul>
     */
    public static String contentQuery(String table) {
        Optional<Relation> signal = SignalLayout.signalOf(table);
        if (signal.isPresent()) {
            return select(table) + " ORDER BY " + String.join(", ", SignalLayout.orderOf(signal.get()));
        }
        List<String> parts = DeclaredColumns.of(table).stream().map(c -> {
            String text = columnText(c);
            return "CASE WHEN " + c.name() + " IS NULL THEN '-' ELSE strlen(" + text + ") || ':' || " + text + " END";
        }).toList();
        return "SELECT concat(" + String.join(", ", parts) + ") AS row_text FROM " + table + " ORDER BY row_text";
    }

    private static String columnText(DeclaredColumns.DeclaredColumn c) {
        if (c.duckDbType().equals(TIMESTAMP)) {
            return "CAST(epoch_us(" + c.name() + ") AS VARCHAR)";
        }
        if (c.duckDbType().endsWith("[]")) {
            return "CAST(to_json(" + c.name() + ") AS VARCHAR)";
        }
        return "CAST(" + c.name() + " AS VARCHAR)";
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
