package org.incidentworkbench.storage.duckdb;

import java.util.List;
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
        List<String> select = DeclaredColumns.of(table).stream()
                .map(c -> c.duckDbType().equals(TIMESTAMP) ? "epoch_us(" + c.name() + ")" : c.name())
                .toList();
        db.each("table " + table, Sql.of("SELECT " + String.join(", ", select) + " FROM " + table), handler, cancel);
    }

    @Override
    public void close() {
        db.close();
    }
}
