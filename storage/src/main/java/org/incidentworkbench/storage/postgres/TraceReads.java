package org.incidentworkbench.storage.postgres;

import java.util.List;
import java.util.TreeSet;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.traces.Span;
import org.incidentworkbench.analysis.traces.TraceQuery;
import org.incidentworkbench.analysis.traces.TraceSummary;
import org.incidentworkbench.storage.jdbc.Records;
import org.incidentworkbench.storage.jdbc.Rows;

/** Trace reads: summaries of the traces in a range, and one trace's spans. */
final class TraceReads {

    /**
     * The order that puts a trace's root span first: the span without a parent, or, when the root
     * was not sampled, the earliest span (ties broken by id so the answer is deterministic).
     */
    private static final String ROOT_FIRST = " ORDER BY s.parent_span_id IS NOT NULL, s.start_time, s.span_id COLLATE \"C\"";

    private final QueryRunner db;

    TraceReads(QueryRunner db) {
        this.db = db;
    }

    /**
     * Traces whose root starts in the range. A trace's start is its root span's start; its
     * duration runs from its earliest span start to its latest span end.
     */
    List<TraceSummary> summaries(TraceQuery q, Cancellation cancel) {
        // Only traces with a span starting in the range can have their root there; the
        // aggregation then looks at all their spans, including those that end after the range.
        // PostgreSQL has no first(... ORDER BY): the first element of an ordered array_agg is it.
        Sql sql = Sql.of("WITH candidates AS (SELECT DISTINCT trace_id FROM spans WHERE ").range("start_time", q.range())
                .add("), summary AS (SELECT s.trace_id,"
                        + " (array_agg(s.service" + ROOT_FIRST + "))[1] AS root_service,"
                        + " (array_agg(s.name" + ROOT_FIRST + "))[1] AS root_name,"
                        + " (array_agg(" + Sql.micros("s.start_time") + ROOT_FIRST + "))[1] AS root_start_us,"
                        + " " + Sql.micros("max(s.end_time)") + " - " + Sql.micros("min(s.start_time)") + " AS duration_us,"
                        + " count(*) AS span_count,"
                        + " count(*) FILTER (WHERE s.status = 'error') AS error_count");
        if (!q.services().isEmpty()) {
            sql.add(", bool_or(").in("s.service", new TreeSet<>(q.services())).add(") AS touches");
        }
        sql.add(" FROM spans s JOIN candidates c ON s.trace_id = c.trace_id GROUP BY s.trace_id)"
                        + " SELECT * FROM summary WHERE root_start_us >= ? AND root_start_us < ? AND duration_us >= ?",
                q.range().startMicros(), q.range().endMicros(), q.minDuration().toNanos() / 1_000);
        if (!q.services().isEmpty()) {
            sql.add(" AND touches");
        }
        if (q.errorsOnly()) {
            sql.add(" AND error_count > 0");
        }
        sql.add(" ORDER BY duration_us DESC, trace_id COLLATE \"C\" LIMIT ?", (long) q.limit());
        return db.list("the trace list", sql, rs -> new TraceSummary(rs.getString("trace_id"),
                rs.getString("root_service"), rs.getString("root_name"), Rows.instant(rs, "root_start_us"),
                rs.getLong("duration_us"), rs.getInt("span_count"), rs.getInt("error_count")), cancel);
    }

    List<Span> trace(String traceId, Cancellation cancel) {
        return db.list("trace " + traceId, Sql.of("SELECT trace_id, span_id, parent_span_id, service, name, kind, "
                + Sql.micros("start_time") + " AS start_us, " + Sql.micros("end_time") + " AS end_us, status, attributes"
                + " FROM spans WHERE trace_id = ? ORDER BY start_time, span_id COLLATE \"C\"", traceId), Records::span, cancel);
    }
}
