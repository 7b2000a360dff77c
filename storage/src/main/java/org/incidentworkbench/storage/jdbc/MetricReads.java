package org.incidentworkbench.storage.jdbc;

import static org.incidentworkbench.storage.schema.Relation.METRIC_DESCRIPTORS;
import static org.incidentworkbench.storage.schema.Relation.METRIC_POINTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.Histogram;
import org.incidentworkbench.analysis.metrics.HistogramQuery;
import org.incidentworkbench.analysis.metrics.LabelledSeries;
import org.incidentworkbench.analysis.metrics.MetricDescriptor;
import org.incidentworkbench.analysis.metrics.MetricSeries;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.metrics.ServiceMetric;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.storage.json.Json;

/**
 * Metric reads: descriptors, which service has which metric, bucketed series and value
 * histograms, aggregated by the database.
 */
final class MetricReads {

    private final Reader db;
    private final SqlDialect d;
    private final Relations rel;

    MetricReads(Reader db, SqlDialect dialect, Relations relations) {
        this.db = db;
        this.d = dialect;
        this.rel = relations;
    }

    List<MetricDescriptor> descriptors(Cancellation cancel) {
        return db.list("the metric descriptors",
                Sql.of("SELECT name, type, unit, description FROM ").relation(rel, METRIC_DESCRIPTORS, "m")
                        .add(" ORDER BY " + d.collate("name")),
                rs -> new MetricDescriptor(rs.getString("name"), rs.getString("type"), rs.getString("unit"),
                        rs.getString("description")), cancel);
    }

    List<ServiceMetric> serviceMetrics(Cancellation cancel) {
        return db.list("the metrics per service", Sql.of("SELECT service, metric, count(*) AS points FROM ")
                        .relation(rel, METRIC_POINTS, "p")
                        .add(" GROUP BY service, metric ORDER BY " + d.collate("service") + ", " + d.collate("metric")),
                rs -> new ServiceMetric(rs.getString("service"), rs.getString("metric"), rs.getLong("points")), cancel);
    }

    /**
     * Ordered by service, then by the labels' key-sorted JSON text: in SQL where the database orders
     * JSON so, else by Java.
     */
    List<LabelledSeries> labelledSeries(String metric, TimeRange range, Cancellation cancel) {
        Sql sql = Sql.of("SELECT DISTINCT service, labels FROM ").relation(rel, METRIC_POINTS, range, "p")
                .add(" WHERE metric = ? AND ", metric).range("ts", range, d);
        if (d.ordersJsonText()) {
            sql.add(" ORDER BY service, labels");
        }
        List<LabelledSeries> rows = db.list("the series of " + metric, sql,
                rs -> new LabelledSeries(rs.getString("service"), metric, Rows.stringMap(rs, "labels")), cancel);
        if (d.ordersJsonText()) {
            return rows;
        }
        List<LabelledSeries> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> {
            int byService = a.service().compareTo(b.service());
            return byService != 0 ? byService : Json.fromMap(a.labels()).compareTo(Json.fromMap(b.labels()));
        });
        return sorted;
    }

    MetricSeries series(SeriesQuery q, Cancellation cancel) {
        Aggregation a = q.aggregation();
        Sql sql = Sql.of("SELECT " + d.bucketMicros("bucket") + " AS bucket, "
                        + (a.isPercentile() ? d.percentileValue() : "agg") + " AS value, n FROM (SELECT ")
                .bucket("ts", q.bucketMicros(), d)
                .add(" AS bucket, " + aggregate(a) + " AS agg, count(*) AS n FROM ").relation(rel, METRIC_POINTS, q.range(), "p")
                .add(" WHERE ");
        points(sql, q.service(), q.metric(), q.labelFilter(), q.range()).add(" GROUP BY bucket) buckets");
        if (a.isPercentile()) {
            d.percentileRank(sql, a.quantile());
        }
        sql.add(" ORDER BY bucket");
        List<BucketRow> rows = db.list("the series " + q.service() + "/" + q.metric(), sql,
                rs -> new BucketRow(rs.getLong("bucket"), rs.getDouble("value"), rs.getLong("n")), cancel);
        long[] starts = new long[rows.size()];
        double[] values = new double[rows.size()];
        long[] counts = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            starts[i] = rows.get(i).start();
            values[i] = rows.get(i).value();
            counts[i] = rows.get(i).count();
        }
        return new MetricSeries(q, starts, values, counts);
    }

    Histogram histogram(HistogramQuery q, Cancellation cancel) {
        Sql sql = Sql.of("WITH pts AS (SELECT value FROM ").relation(rel, METRIC_POINTS, q.range(), "p").add(" WHERE ");
        points(sql, q.service(), q.metric(), q.labelFilter(), q.range()).add("""
                ), bounds AS (SELECT min(value) AS lo, max(value) AS hi FROM pts)
                SELECT lo, hi,
                  CASE WHEN hi = lo THEN CAST(? AS INTEGER) - 1
                       ELSE least(CAST(floor((value - lo) / (hi - lo) * CAST(? AS INTEGER)) AS INTEGER), CAST(? AS INTEGER) - 1)
                  END AS bin,
                  count(*) AS n
                FROM pts CROSS JOIN bounds GROUP BY lo, hi, bin ORDER BY bin""", q.bins(), q.bins(), q.bins());
        List<BinRow> rows = db.list("the histogram of " + q.service() + "/" + q.metric(), sql,
                rs -> new BinRow(rs.getDouble("lo"), rs.getDouble("hi"), rs.getInt("bin"), rs.getLong("n")), cancel);
        if (rows.isEmpty()) {
            return Histogram.empty();
        }
        double lo = rows.get(0).lo();
        double hi = rows.get(0).hi();
        long[] counts = new long[q.bins()];
        long total = 0;
        for (BinRow r : rows) {
            counts[r.bin()] = r.count();
            total += r.count();
        }
        double width = (hi - lo) / q.bins();
        List<Histogram.Bin> bins = new ArrayList<>(q.bins());
        for (int i = 0; i < q.bins(); i++) {
            double upper = i == q.bins() - 1 ? hi : lo + (i + 1) * width;
            bins.add(new Histogram.Bin(lo + i * width, upper, counts[i]));
        }
        return new Histogram(lo, hi, total, bins);
    }

    private record BucketRow(long start, double value, long count) {
    }

    private record BinRow(double lo, double hi, int bin, long count) {
    }

    /** The raw points of one metric of one service in a range, each label filter entry matching exactly. */
    private Sql points(Sql sql, String service, String metric, Map<String, String> labels, TimeRange range) {
        sql.add("service = ? AND metric = ? AND ", service, metric).range("ts", range, d);
        for (Map.Entry<String, String> e : new TreeMap<>(labels).entrySet()) {
            d.labelEquals(sql.add(" AND "), "labels", e.getKey(), e.getValue());
        }
        return sql;
    }

    /** The SQL of an aggregation; built from the enum only, so it is constant text. */
    private String aggregate(Aggregation a) {
        return switch (a) {
            case AVG -> "avg(value)";
            case SUM -> "sum(value)";
            case MIN -> "min(value)";
            case MAX -> "max(value)";
            case COUNT -> "CAST(count(*) AS " + d.doubleType() + ")";
            case P50, P95, P99 -> d.percentileAggregate("value", a.quantile());
        };
    }
}
