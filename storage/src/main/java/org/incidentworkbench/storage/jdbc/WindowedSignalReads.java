package org.incidentworkbench.storage.jdbc;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.storage.schema.Relation;

/**
 * For an export: the rows of a signal relation with a time column of its own (metric points, log
 * records) for some services in any of some windows, in one read, in {@link CanonicalColumns}
 * layout and the snapshot's order (log records then come oldest first per service and severity, so
 * the writer can mine templates as they stream by). Where the {@link SignalIndexes} allow, the rows
 * are sought through the indexes, series by series or service by service, instead of scanned.
 */
final class WindowedSignalReads {

    private final Reader db;
    private final SqlDialect d;
    private final Relations rel;
    private final SignalIndexes indexes;

    WindowedSignalReads(Reader db, SqlDialect dialect, Relations relations, SignalIndexes indexes) {
        this.db = db;
        this.d = dialect;
        this.rel = relations;
        this.indexes = indexes;
    }

    void rows(Relation signal, Set<String> services, List<TimeRange> ranges, Consumer<Object[]> rows,
              Cancellation cancel) {
        String what = "the " + signal.tableName().replace('_', ' ');
        if (indexes == SignalIndexes.CANONICAL) {
            if (services.isEmpty()) {
                throw new IllegalArgumentException("an export keeps at least one service");
            }
            requireAscendingDisjoint(ranges);
            db.signalRows(what, signal == Relation.METRIC_POINTS ? seekSeries(services, ranges)
                    : seekServices(signal, services, ranges), signal, rows, cancel);
            return;
        }
        String time = signal.timeColumn().orElseThrow(() -> new IllegalArgumentException("not a signal relation: " + signal));
        Sql sql = Sql.of("SELECT " + CanonicalColumns.of(signal, d, "r") + " FROM ")
                .relation(rel, signal, CanonicalColumns.covering(ranges), "r").add(" WHERE ")
                .in("r.service", new TreeSet<>(services)).add(" AND ");
        CanonicalColumns.inAnyRange(sql, "r." + time, ranges, d);
        db.signalRows(what, CanonicalColumns.orderByLayout(sql, signal, d, "r"), signal, rows, cancel);
    }

    /**
     * The points of each series in the ranges, sought through the series index instead of the table
     * scanned and sorted (a window is a few percent of a table holding days): the series of each
     * service are found by skipping through the index (a recursive loose index scan), then each
     * one's points in each range are read in index order. The rows arrive in the stored order as
     * PostgreSQL's nested loop keeps the order of the sorted series; SQL does not promise that, so
     * the writer checks the order and sorts the table should a plan ever not keep it.
     */
    private Sql seekSeries(Set<String> services, List<TimeRange> ranges) {
        Sql sql = seriesOf(services, CanonicalColumns.covering(ranges))
                .add(" SELECT " + CanonicalColumns.of(Relation.METRIC_POINTS, d, "p") + " FROM (SELECT service, metric FROM series"
                        + " WHERE metric IS NOT NULL ORDER BY " + d.collate("service") + ", " + d.collate("metric")
                        + ") k CROSS JOIN LATERAL (");
        for (int i = 0; i < ranges.size(); i++) {
            sql.add(i == 0 ? "(SELECT * FROM " : " UNION ALL (SELECT * FROM ").relation(rel, Relation.METRIC_POINTS, ranges.get(i), "r")
                    .add(" WHERE r.service = k.service AND r.metric = k.metric AND ").range("r.ts", ranges.get(i), d)
                    .add(" ORDER BY r.ts)");
        }
        return sql.add(") p");
    }

    /**
     * The records of each service in the ranges, sought through the (service, time) index, and each
     * service's sorted on their own: the first service's rows flow while the others are still to
     * be read, where one sort of all the rows returns none before it has them all (and spills to
     * disk). The services come sorted, and the nested loop keeps their order; see {@link #seekSeries}.
     */
    private Sql seekServices(Relation signal, Set<String> services, List<TimeRange> ranges) {
        String time = signal.timeColumn().orElseThrow();
        Sql sql = Sql.of("SELECT " + CanonicalColumns.of(signal, d, "p") + " FROM (SELECT service FROM "
                        + valuesOf(services) + " s(service) ORDER BY "
                        + d.collate("service") + ") k CROSS JOIN LATERAL (SELECT * FROM (", new TreeSet<>(services).toArray());
        for (int i = 0; i < ranges.size(); i++) {
            sql.add(i == 0 ? "(SELECT * FROM " : " UNION ALL (SELECT * FROM ").relation(rel, signal, ranges.get(i), "r")
                    .add(" WHERE r.service = k.service AND ").range("r." + time, ranges.get(i), d).add(")");
        }
        return CanonicalColumns.orderByLayout(sql.add(") u"), signal, d, "u").add(") p");
    }

    /**
     * The CTE {@code series(service, metric)}: per service, its first metric, then each next one
     * after the last found, one index probe each; a row with a null metric ends a service.
     */
    private Sql seriesOf(Set<String> services, TimeRange covering) {
        return Sql.of("WITH RECURSIVE series(service, metric) AS (SELECT s.service, (SELECT min(m.metric) FROM ")
                .relation(rel, Relation.METRIC_POINTS, covering, "m")
                .add(" WHERE m.service = s.service) FROM " + valuesOf(services) + " s(service)",
                        new TreeSet<>(services).toArray())
                .add(" UNION ALL SELECT series.service, (SELECT min(m.metric) FROM ")
                .relation(rel, Relation.METRIC_POINTS, covering, "m")
                .add(" WHERE m.service = series.service AND m.metric > series.metric) FROM series WHERE series.metric IS NOT NULL)");
    }

    /** A VALUES list of one text placeholder per service; the caller binds the services, sorted. */
    private static String valuesOf(Set<String> services) {
        return "(VALUES " + String.join(", ", Collections.nCopies(services.size(), "(CAST(? AS TEXT))")) + ")";
    }

    private static void requireAscendingDisjoint(List<TimeRange> ranges) {
        for (int i = 1; i < ranges.size(); i++) {
            if (ranges.get(i).start().isBefore(ranges.get(i - 1).end())) {
                throw new IllegalArgumentException("ranges must be ascending and disjoint: " + ranges);
            }
        }
    }
}
