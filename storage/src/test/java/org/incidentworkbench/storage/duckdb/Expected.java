package org.incidentworkbench.storage.duckdb;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.LogTemplate;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.logs.VolumeBucket;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.MetricPoint;
import org.incidentworkbench.analysis.templates.StoredTemplates;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.analysis.time.TimeRange;

/** Expected answers computed in plain Java over a {@link TestScenario}'s rows, independently of DuckDB. */
final class Expected {

    private Expected() {
    }

    /** One expected bucket of a series. */
    record Bucket(long start, double value, long count) {
    }

    static List<MetricPoint> points(TestScenario s, String service, String metric, Map<String, String> labels,
                                    TimeRange range) {
        return s.points.stream()
                .filter(p -> p.service().equals(service) && p.metric().equals(metric) && range.contains(p.ts()))
                .filter(p -> labels.entrySet().stream().allMatch(e -> e.getValue().equals(p.labels().get(e.getKey()))))
                .toList();
    }

    static List<Bucket> series(List<MetricPoint> points, long bucketMicros, Aggregation agg) {
        TreeMap<Long, List<Double>> buckets = new TreeMap<>();
        for (MetricPoint p : points) {
            long start = Math.floorDiv(Micros.of(p.ts()), bucketMicros) * bucketMicros;
            buckets.computeIfAbsent(start, k -> new ArrayList<>()).add(p.value());
        }
        List<Bucket> out = new ArrayList<>();
        buckets.forEach((start, values) -> out.add(new Bucket(start, aggregate(values, agg), values.size())));
        return out;
    }

    static double aggregate(List<Double> values, Aggregation agg) {
        return switch (agg) {
            case AVG -> values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            case SUM -> values.stream().mapToDouble(Double::doubleValue).sum();
            case MIN -> values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            case MAX -> values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            case COUNT -> values.size();
            case P50, P95, P99 -> percentile(values, agg.quantile());
        };
    }

    /** Linear interpolation between the two nearest ranks, as DuckDB's {@code quantile_cont}. */
    static double percentile(List<Double> values, double q) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double pos = q * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return v[lo] + (pos - lo) * (v[hi] - v[lo]);
    }

    /** Counts per bin, by the definition: [lower, upper) each, the last bin also holding the max. */
    static long[] histogram(List<MetricPoint> points, int bins) {
        double lo = points.stream().mapToDouble(MetricPoint::value).min().orElseThrow();
        double hi = points.stream().mapToDouble(MetricPoint::value).max().orElseThrow();
        long[] counts = new long[bins];
        for (MetricPoint p : points) {
            int bin = hi == lo ? bins - 1 : (int) Math.min(Math.floor((p.value() - lo) / (hi - lo) * bins), bins - 1);
            counts[bin]++;
        }
        return counts;
    }

    static boolean matches(LogRecord r, LogQuery q) {
        return q.range().contains(r.ts())
                && (q.services().isEmpty() || q.services().contains(r.service()))
                && (q.severities().isEmpty() || q.severities().contains(r.severity()))
                && (q.text() == null || r.body().toLowerCase(Locale.ROOT).contains(q.text().toLowerCase(Locale.ROOT)))
                && (q.traceId() == null || q.traceId().equals(r.traceId()))
                && (q.template() == null || fitsTemplate(r.body(), q.template()));
    }

    /**
     * Whether the whole of {@code body} fits {@code template} by the definition, character by
     * character: {@code <*>} any text, a run of whitespace one or more whitespace characters,
     * anything else itself; whitespace around the body is allowed. A plain dynamic programme over
     * the body's positions, independent of the regular expression the reads bind.
     */
    static boolean fitsTemplate(String body, String template) {
        String b = body.strip();
        String t = template.strip();
        int n = b.length();
        boolean[] reach = new boolean[n + 1];
        reach[0] = true;
        int i = 0;
        while (i < t.length()) {
            boolean[] next = new boolean[n + 1];
            if (t.startsWith("<*>", i)) {
                for (int j = 0; j <= n; j++) {
                    next[j] = reach[j] || j > 0 && next[j - 1];
                }
                i += 3;
            } else if (Character.isWhitespace(t.charAt(i))) {
                for (int j = 1; j <= n; j++) {
                    next[j] = Character.isWhitespace(b.charAt(j - 1)) && (reach[j - 1] || next[j - 1]);
                }
                while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
                    i++;
                }
            } else {
                for (int j = 1; j <= n; j++) {
                    next[j] = reach[j - 1] && b.charAt(j - 1) == t.charAt(i);
                }
                i++;
            }
            reach = next;
        }
        return reach[n];
    }

    /**
     * The templates a snapshot of {@code s} stores: its records mined per service and severity,
     * oldest first, and listed as the read lists them (most frequent first).
     */
    static List<LogTemplate> templates(TestScenario s) {
        StoredTemplates mined = new StoredTemplates(MinerSettings.defaults());
        s.logs.stream().sorted(OLDEST_FIRST).forEach(r -> mined.add(r.service(), r.severity(), Micros.of(r.ts()), r.body()));
        return mined.templates().stream().sorted(Comparator.comparingLong(LogTemplate::count).reversed()
                .thenComparing(LogTemplate::service).thenComparing(t -> t.severity().name())
                .thenComparing(LogTemplate::templateId)).toList();
    }

    static final Comparator<LogRecord> OLDEST_FIRST =
            Comparator.comparing(LogRecord::ts).thenComparingLong(LogRecord::id);

    /** Every record matching {@code q}, in its order. */
    static List<LogRecord> logs(TestScenario s, LogQuery q) {
        Comparator<LogRecord> order = q.order() == LogQuery.Order.OLDEST_FIRST ? OLDEST_FIRST : OLDEST_FIRST.reversed();
        return s.logs.stream().filter(r -> matches(r, q)).sorted(order).toList();
    }

    static List<VolumeBucket> volume(TestScenario s, LogQuery q, Duration bucket) {
        long width = bucket.toNanos() / 1_000;
        Map<Long, Map<Severity, Long>> counts = s.logs.stream().filter(r -> matches(r, q)).collect(Collectors.groupingBy(
                r -> Math.floorDiv(Micros.of(r.ts()), width) * width, TreeMap::new,
                Collectors.groupingBy(LogRecord::severity, () -> new TreeMap<>(), Collectors.counting())));
        List<VolumeBucket> out = new ArrayList<>();
        counts.forEach((start, bySeverity) -> bySeverity.forEach(
                (severity, n) -> out.add(new VolumeBucket(Micros.toInstant(start), severity, n))));
        return out;
    }
}
