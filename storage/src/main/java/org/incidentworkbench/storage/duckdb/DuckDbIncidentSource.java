package org.incidentworkbench.storage.duckdb;

import java.util.LinkedHashMap;
import java.util.Map;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.SourceInfo;
import org.incidentworkbench.storage.jdbc.Relations;
import org.incidentworkbench.storage.jdbc.SignalIndexes;
import org.incidentworkbench.storage.jdbc.Sql;
import org.incidentworkbench.storage.jdbc.SqlIncidentSource;
import org.incidentworkbench.storage.schema.EvidenceSchema;

/**
 * A snapshot file read as an {@link IncidentSource}; open one with {@link DuckDbSnapshots#open}.
 * Every read is one SQL statement run by DuckDB (aggregation included), with bound parameters.
 * Thread-safe: each read runs on its own connection to the open database (see {@link QueryRunner}).
 */
public final class DuckDbIncidentSource extends SqlIncidentSource {

    private final SourceInfo info;
    private final QueryRunner db;

    DuckDbIncidentSource(SourceInfo info, QueryRunner db) {
        super(db, DuckDbDialect.INSTANCE, Relations.TABLES, SignalIndexes.UNKNOWN);
        this.info = info;
        this.db = db;
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    /**
     * Rows per table, for every table of {@link EvidenceSchema#TABLES} in that order. The table
     * names are the schema's own constants, checked to be base tables when the file was opened.
     */
    public Map<String, Long> tableRowCounts(Cancellation cancel) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < EvidenceSchema.TABLES.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i).append(" AS i, count(*) AS n FROM ")
                    .append(EvidenceSchema.TABLES.get(i));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (long[] row : db.list("the row counts", Sql.of(sql + " ORDER BY i"),
                rs -> new long[] {rs.getInt("i"), rs.getLong("n")}, cancel)) {
            counts.put(EvidenceSchema.TABLES.get((int) row[0]), row[1]);
        }
        return counts;
    }

    /** Package access for tests of the query machinery (cancellation of a heavy statement). */
    QueryRunner queries() {
        return db;
    }

    @Override
    public void close() {
        db.close();
    }
}
