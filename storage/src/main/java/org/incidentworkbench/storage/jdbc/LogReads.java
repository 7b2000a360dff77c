package org.incidentworkbench.storage.jdbc;

import static org.incidentworkbench.storage.schema.Relation.LOG_RECORDS;
import static org.incidentworkbench.storage.schema.Relation.LOG_TEMPLATES;

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

/**
 * Log reads. Records are ordered by (ts, log_id) everywhere; pages continue strictly after a
 * cursor on that key (keyset paging), so a page costs the same wherever it is and never skips or
 * repeats a record. Text search is a literal, case-insensitive substring test on {@code lower},
 * never LIKE, so {@code %}, {@code _} and backslashes in the text mean themselves. A template
 * filter is a regular expression built from the template ({@link TemplatePattern}) and bound,
 * so the template's own characters are literal whatever they are.
 */
final class LogReads {

    private final String columns;

    private final Reader db;
    private final SqlDialect d;
    private final Relations rel;

    LogReads(Reader db, SqlDialect dialect, Relations relations) {
        this.db = db;
        this.d = dialect;
        this.rel = relations;
        this.columns = "log_id, " + dialect.micros("ts") + " AS ts_us, service, severity, body, trace_id, span_id, attributes";
    }

    LogPage page(LogQuery q, LogCursor after, int limit, Cancellation cancel) {
        if (limit < 1) {
            throw new IllegalArgumentException("a log page holds at least one record: " + limit);
        }
        boolean newest = q.order() == LogQuery.Order.NEWEST_FIRST;
        Sql sql = Sql.of("SELECT " + columns + " FROM ").relation(rel, LOG_RECORDS, q.range(), "l").add(" WHERE ");
        filters(sql, q);
        if (after != null) {
            d.keyCompare(sql.add(" AND "), "ts", "log_id", newest ? "<" : ">", after.tsMicros(), after.id());
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
        // One statement, so the anchor and its neighbours come from the same consistent read.
        Sql sql = Sql.of("WITH anchor AS (SELECT ts, log_id, service FROM ").relation(rel, LOG_RECORDS, "l")
                .add(" WHERE log_id = ? ORDER BY ts, log_id LIMIT 1), earlier AS (SELECT l.*, -1 AS part FROM ", logId)
                .relation(rel, LOG_RECORDS, "l").add(", anchor a WHERE l.service = a.service AND "
                        + d.keyCompare("l.ts", "l.log_id", "<", "a.ts", "a.log_id")
                        + " ORDER BY l.ts DESC, l.log_id DESC LIMIT ?), later AS (SELECT l.*, 1 AS part FROM ", (long) n)
                .relation(rel, LOG_RECORDS, "l").add(", anchor a WHERE l.service = a.service AND "
                        + d.keyCompare("l.ts", "l.log_id", ">", "a.ts", "a.log_id")
                        + " ORDER BY l.ts, l.log_id LIMIT ?) SELECT " + columns + ", part FROM (SELECT l.*, 0 AS part FROM ",
                        (long) n)
                .relation(rel, LOG_RECORDS, "l").add(", anchor a WHERE l.log_id = a.log_id AND l.ts = a.ts"
                        + " UNION ALL SELECT * FROM earlier UNION ALL SELECT * FROM later) placed ORDER BY ts, log_id");
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
            } else if (anchor == null) {
                anchor = p.record();
            }
        }
        return anchor == null ? Optional.empty() : Optional.of(new LogContext(anchor, before, after));
    }

    List<VolumeBucket> volume(LogQuery q, Duration bucket, Cancellation cancel) {
        if (bucket.isNegative() || bucket.isZero() || bucket.toNanos() % 1_000 != 0) {
            throw new IllegalArgumentException("bucket width must be a positive whole number of microseconds: " + bucket);
        }
        Sql sql = Sql.of("SELECT " + d.bucketMicros("bucket") + " AS bucket, severity, n FROM (SELECT ")
                .bucket("ts", bucket.toNanos() / 1_000, d)
                .add(" AS bucket, severity, count(*) AS n FROM ").relation(rel, LOG_RECORDS, q.range(), "l").add(" WHERE ");
        filters(sql, q).add(" GROUP BY bucket, severity) buckets ORDER BY bucket, " + Fragments.SEVERITY_RANK);
        return db.list("the log volume", sql, rs -> new VolumeBucket(Micros.toInstant(rs.getLong("bucket")),
                Severity.parse(rs.getString("severity")), rs.getLong("n")), cancel);
    }

    List<LogTemplate> templates(Cancellation cancel) {
        return db.list("the log templates", Sql.of("SELECT template_id, service, severity, template, example, count,"
                        + " percentage, " + d.micros("first_seen") + " AS first_us, " + d.micros("last_seen") + " AS last_us"
                        + " FROM ").relation(rel, LOG_TEMPLATES, "t")
                .add(" ORDER BY count DESC, " + d.collate("service") + ", " + d.collate("severity") + ", "
                        + d.collate("template_id")), Records::logTemplate, cancel);
    }

    /** The WHERE conditions of a log query (range, services, severities, text, trace, template), bound. */
    private Sql filters(Sql sql, LogQuery q) {
        sql.range("ts", q.range(), d);
        if (!q.services().isEmpty()) {
            sql.add(" AND ").in("service", new TreeSet<>(q.services()));
        }
        if (!q.severities().isEmpty()) {
            sql.add(" AND ").in("severity", q.severities().stream().map(Severity::name).sorted().toList());
        }
        if (q.text() != null) {
            sql.add(" AND " + d.contains("lower(body)", "lower(?)"), q.text());
        }
        if (q.traceId() != null) {
            sql.add(" AND trace_id = ?", q.traceId());
        }
        if (q.template() != null) {
            sql.add(" AND " + d.matchesPattern("body"), TemplatePattern.of(q.template()));
        }
        return sql;
    }

    /** A record and where it sits around the anchor: -1 before, 0 the anchor, 1 after. */
    private record Placed(int part, LogRecord record) {
    }
}
