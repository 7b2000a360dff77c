package org.incidentworkbench.storage.jdbc;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.storage.schema.Relation;

/**
 * For an export: the rows of a signal relation with a time column of its own (metric points, log
 * records) for some services in any of some windows, in one read, in {@link CanonicalColumns}
 * layout and the snapshot's order (log records then come oldest first per service and severity, so
 * the writer can mine templates as they stream by).
 */
final class WindowedSignalReads {

    private final Reader db;
    private final SqlDialect d;
    private final Relations rel;

    WindowedSignalReads(Reader db, SqlDialect dialect, Relations relations) {
        this.db = db;
        this.d = dialect;
        this.rel = relations;
    }

    void rows(Relation signal, Set<String> services, List<TimeRange> ranges, CancellableQuery.RowHandler handler,
              Cancellation cancel) {
        String time = signal.timeColumn().orElseThrow(() -> new IllegalArgumentException("not a signal relation: " + signal));
        Sql sql = Sql.of("SELECT " + CanonicalColumns.of(signal, d, "r") + " FROM ")
                .relation(rel, signal, CanonicalColumns.covering(ranges), "r").add(" WHERE ")
                .in("r.service", new TreeSet<>(services)).add(" AND ");
        CanonicalColumns.inAnyRange(sql, "r." + time, ranges, d);
        db.each("the " + signal.tableName().replace('_', ' '), CanonicalColumns.orderByLayout(sql, signal, d, "r"),
                handler, cancel);
    }
}
