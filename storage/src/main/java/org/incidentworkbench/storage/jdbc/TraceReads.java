package org.incidentworkbench.storage.jdbc;

import static org.incidentworkbench.storage.schema.Relation.SPANS;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.TreeSet;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.traces.Span;
import org.incidentworkbench.analysis.traces.TraceQuery;
import org.incidentworkbench.analysis.traces.TraceSummary;

/** Trace reads: summaries of the traces in a range, and one trace's spans. */
final class TraceReads {

    /**
     * The order that puts a trace's root span first: the span without a parent, or, when the root
     * was not sampled, the earliest span (ties broken by id so the answer is deterministic).
     */
    private final String rootFirst;

    private final Reader db;
    private final SqlDialect d;
    private final Relations rel;

    TraceReads(Reader db, SqlDialect dialect, Relations relations) {
        this.db = db;
        this.d = dialect;
        this.rel = relations;
        this.rootFirst = " ORDER BY s.parent_span_id IS NOT NULL, s.start_time, " + dialect.collate("s.span_id");
    }

    /**
     * Traces whose root starts in the range. A trace's start is its root span's start; its
     * duration runs from its earliest span start to its latest span end.
     */
    List<TraceSummary> summaries(TraceQuery q, Cancellation cancel) {
        Sql sql = rootedIn(summary(Sql.of(""), q).add(" SELECT * FROM summary WHERE "), q);
        if (q.errorsOnly()) {
            sql.add(" AND error_count > 0");
        }
        sql.add(" ORDER BY duration_us DESC, " + d.collate("trace_id") + " LIMIT ?", (long) q.limit());
        return db.list("the trace list", sql, rs -> new TraceSummary(rs.getString("trace_id"),
                rs.getString("root_service"), rs.getString("root_name"), Rows.instant(rs, "root_start_us"),
                rs.getLong("duration_us"), rs.getInt("span_count"), rs.getInt("error_count")), cancel);
    }

    /**
     * For an export: every span of the traces whose root starts in one of {@code ranges} and that
     * touch one of {@code services} (whole traces, also spans past the range), in snapshot layout
     * and order.
     */
    void exportSpans(Set<String> services, List<TimeRange> ranges, Consumer<Object[]> rows, Cancellation cancel) {
        if (services.isEmpty()) {
            throw new IllegalArgumentException("an export keeps at least one service");
        }
        Sql sql = Sql.of("SELECT " + CanonicalColumns.of(SPANS, d, "s") + " FROM ").relation(rel, SPANS, "s")
                .add(" WHERE s.trace_id IN (");
        for (int i = 0; i < ranges.size(); i++) {
            TraceQuery q = new TraceQuery(ranges.get(i), services, false, Duration.ZERO, Integer.MAX_VALUE);
            rootedIn(summary(sql.add(i == 0 ? "(" : " UNION ("), q).add(" SELECT trace_id FROM summary WHERE "), q).add(")");
        }
        db.signalRows("the spans", CanonicalColumns.orderByLayout(sql.add(")"), SPANS, d, "s"), SPANS, rows, cancel);
    }

    /**
     * The CTE {@code summary}: per trace with a span starting in the range, its root, duration, span
     * and error counts and, with services asked for, whether it {@code touches} one. Only traces with
     * a span starting in the range can have their root there; the aggregation then looks at all
     * their spans, including those that end after the range.
     */
    private Sql summary(Sql sql, TraceQuery q) {
        sql.add("WITH candidates AS (SELECT DISTINCT trace_id FROM ").relation(rel, SPANS, q.range(), "spans")
                .add(" WHERE ").range("start_time", q.range(), d)
                .add("), summary AS (SELECT s.trace_id,"
                        + " " + d.firstBy("s.service", rootFirst) + " AS root_service,"
                        + " " + d.firstBy("s.name", rootFirst) + " AS root_name,"
                        + " " + d.firstBy(d.micros("s.start_time"), rootFirst) + " AS root_start_us,"
                        + " " + d.micros("max(s.end_time)") + " - " + d.micros("min(s.start_time)") + " AS duration_us,"
                        + " count(*) AS span_count,"
                        + " count(*) FILTER (WHERE s.status = 'error') AS error_count");
        if (!q.services().isEmpty()) {
            sql.add(", bool_or(").in("s.service", new TreeSet<>(q.services())).add(") AS touches");
        }
        return sql.add(" FROM ").relation(rel, SPANS, "s").add(" JOIN candidates c ON s.trace_id = c.trace_id GROUP BY s.trace_id)");
    }

    /** Appends the condition on {@code summary} rows: root in the range, long enough, touching a service asked for. */
    private static Sql rootedIn(Sql sql, TraceQuery q) {
        sql.add("root_start_us >= ? AND root_start_us < ? AND duration_us >= ?",
                q.range().startMicros(), q.range().endMicros(), q.minDuration().toNanos() / 1_000);
        return q.services().isEmpty() ? sql : sql.add(" AND touches");
    }

    List<Span> trace(String traceId, Cancellation cancel) {
        return db.list("trace " + traceId, Sql.of("SELECT trace_id, span_id, parent_span_id, service, name, kind, "
                        + d.micros("start_time") + " AS start_us, " + d.micros("end_time") + " AS end_us, status, attributes"
                        + " FROM ").relation(rel, SPANS, "spans")
                .add(" WHERE trace_id = ? ORDER BY start_time, " + d.collate("span_id"), traceId), Records::span, cancel);
    }
}
