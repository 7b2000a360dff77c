package org.incidentworkbench.storage.postgres;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.incidentworkbench.analysis.logs.LogContext;
import org.incidentworkbench.analysis.logs.LogCursor;
import org.incidentworkbench.analysis.logs.LogPage;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.LogTemplate;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.logs.VolumeBucket;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.storage.jdbc.Fragments;
import org.incidentworkbench.storage.jdbc.Records;

/**
 * Log reads on PostgreSQL, answering as the DuckDB engine's {@code LogReads}: records ordered by
 * (ts, log_id), keyset pages strictly after a cursor (the table's primary key serves both), and
 * text search as a literal case-insensitive substring test ({@code strpos} on {@code lower}),
 * never LIKE, so {@code %}, {@code _} and backslashes in the text mean themselves.
 */
final class LogReads {

    private static final String COLUMNS = "log_id, " + Sql.micros("ts") + " AS ts_us, service, severity, body, trace_id,"
            + " span_id, attributes";

    private final QueryRunner db;

    LogReads(QueryRunner db) {
        this.db = db;
    }

    LogPage page(LogQuery q, LogCursor after, int limit, Cancellation cancel) {
        if (limit < 1) {
            throw new IllegalArgumentException("a log page holds at least one record: " + limit);
        }
        boolean newest = q.order() == LogQuery.Order.NEWEST_FIRST;
        Sql sql = Sql.of("SELECT " + COLUMNS + " FROM log_records WHERE ");
        filters(sql, q);
        if (after != null) {
            // A row comparison, which PostgreSQL answers from the (ts, log_id) primary key.
            sql.add(" AND (ts, log_id) " + (newest ? "<" : ">") + " (" + Sql.TIMESTAMP + ", ?)", after.tsMicros(), after.id());
        }
        sql.add(newest ? " ORDER BY ts DESC, log_id DESC" : " ORDER BY ts, log_id").add(" LIMIT ?", limit + 1L);
        List<LogRecord> rows = db.list("the log page", sql, Records::logRecord, cancel);
        if (rows.size() <= limit) {
            return new LogPage(rows, Optional.empty());
        }
        List<LogRecord> page = rows.subList(0, limit);
        return new LogPage(page, Optional.of(page.get(limit - 1).cursor()));
    }

    Optional<LogContext> context(long logId, int n, Cancellation cancel) {
        if (n < 0) {
            throw new IllegalArgumentException("context size must not be negative: " + n);
        }
        // One statement, so the anchor and its neighbours come from the same snapshot of the table.
        Sql sql = Sql.of("WITH anchor AS (SELECT ts, log_id, service FROM log_records WHERE log_id = ?"
                + " ORDER BY ts, log_id LIMIT 1), "
                + "earlier AS (SELECT l.*, -1 AS part FROM log_records l, anchor a WHERE l.service = a.service"
                + " AND (l.ts, l.log_id) < (a.ts, a.log_id) ORDER BY l.ts DESC, l.log_id DESC LIMIT ?), "
                + "later AS (SELECT l.*, 1 AS part FROM log_records l, anchor a WHERE l.service = a.service"
                + " AND (l.ts, l.log_id) > (a.ts, a.log_id) ORDER BY l.ts, l.log_id LIMIT ?) "
                + "SELECT " + COLUMNS + ", part FROM ("
                + " SELECT l.*, 0 AS part FROM log_records l, anchor a WHERE l.log_id = a.log_id AND l.ts = a.ts"
                + " UNION ALL SELECT * FROM earlier UNION ALL SELECT * FROM later) placed ORDER BY ts, log_id",
                logId, (long) n, (long) n);
        List<Placed> rows = db.list("the context of log record " + logId, sql,
                rs -> new Placed(rs.getInt("part"), Records.logRecord(rs)), cancel);
        List<LogRecord> before = new ArrayList<>();
        List<LogRecord> after = new ArrayList<>();
        LogRecord anchor = null;
        for (Placed p : rows) {
            if (p.part() < 0) {
                before.add(p.record());
            } else if (p.part() > 0) {
                after.add(p.record());
            } else {
                anchor = p.record();
            }
        }
        return anchor == null ? Optional.empty() : Optional.of(new LogContext(anchor, before, after));
    }

    List<VolumeBucket> volume(LogQuery q, Duration bucket, Cancellation cancel) {
        if (bucket.isNegative() || bucket.isZero() || bucket.toNanos() % 1_000 != 0) {
            throw new IllegalArgumentException("bucket width must be a positive whole number of microseconds: " + bucket);
        }
        Sql sql = Sql.of("SELECT ").bucketStart("ts", bucket.toNanos() / 1_000)
                .add(" AS bucket, severity, count(*) AS n FROM log_records WHERE ");
        filters(sql, q).add(" GROUP BY bucket, severity ORDER BY bucket, " + Fragments.SEVERITY_RANK);
        return db.list("the log volume", sql, rs -> new VolumeBucket(Micros.toInstant(rs.getLong("bucket")),
                Severity.parse(rs.getString("severity")), rs.getLong("n")), cancel);
    }

    List<LogTemplate> templates(Cancellation cancel) {
        return db.list("the log templates", Sql.of("SELECT template_id, service, severity, template, example, count,"
                + " percentage, " + Sql.micros("first_seen") + " AS first_us, " + Sql.micros("last_seen") + " AS last_us"
                + " FROM log_templates"
                + " ORDER BY count DESC, service COLLATE \"C\", severity COLLATE \"C\", template_id COLLATE \"C\""),
                Records::logTemplate, cancel);
    }

    /** The WHERE conditions of a log query (range, services, severities, text, trace), bound. */
    private static Sql filters(Sql sql, LogQuery q) {
        sql.range("ts", q.range());
        if (!q.services().isEmpty()) {
            sql.add(" AND ").in("service", new TreeSet<>(q.services()));
        }
        if (!q.severities().isEmpty()) {
            sql.add(" AND ").in("severity", q.severities().stream().map(Severity::name).sorted().toList());
        }
        if (q.text() != null) {
            sql.add(" AND strpos(lower(body), lower(?)) > 0", q.text());
        }
        if (q.traceId() != null) {
            sql.add(" AND trace_id = ?", q.traceId());
        }
        return sql;
    }

    /** A record and where it sits around the anchor: -1 before, 0 the anchor, 1 after. */
    private record Placed(int part, LogRecord record) {
    }
}
