package org.incidentworkbench.analysis.saturation;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.incidentworkbench.analysis.metrics.LabelledSeries;
import org.incidentworkbench.analysis.metrics.MetricPoint;
import org.incidentworkbench.analysis.metrics.MetricSeries;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.metrics.ServiceMetric;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.topology.TopologyEdge;

/**
 * An {@link IncidentSource} over points and edges built in a test: answers the topology, the metric reads
 * the saturation finder makes (AVG series, label sets) and counts the series reads; anything else fails.
 */
final class HandBuiltSource {

    final List<MetricPoint> points = new ArrayList<>();
    final List<TopologyEdge> edges = new ArrayList<>();
    int seriesReads;

    IncidentSource source() {
        return (IncidentSource) Proxy.newProxyInstance(IncidentSource.class.getClassLoader(),
                new Class<?>[] {IncidentSource.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "topology" -> List.copyOf(edges);
                    case "series" -> series((SeriesQuery) args[0]);
                    case "labelledSeries" -> labelledSeries((String) args[0], (TimeRange) args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Which service reports which metric, as the source would list it. */
    List<ServiceMetric> reported() {
        Map<String, Long> counts = new TreeMap<>();
        points.forEach(p -> counts.merge(p.service() + "\u0000" + p.metric(), 1L, Long::sum));
        return counts.entrySet().stream()
                .map(e -> new ServiceMetric(e.getKey().split("\u0000")[0], e.getKey().split("\u0000")[1], e.getValue()))
                .toList();
    }

    private MetricSeries series(SeriesQuery q) {
        seriesReads++;
        TreeMap<Long, double[]> buckets = new TreeMap<>();
        for (MetricPoint p : points) {
            if (p.service().equals(q.service()) && p.metric().equals(q.metric()) && q.range().contains(p.ts())
                    && p.labels().entrySet().containsAll(q.labelFilter().entrySet())) {
                long start = Math.floorDiv(Micros.of(p.ts()), q.bucketMicros()) * q.bucketMicros();
                double[] sumAndCount = buckets.computeIfAbsent(start, s -> new double[2]);
                sumAndCount[0] += p.value();
                sumAndCount[1]++;
            }
        }
        long[] starts = buckets.keySet().stream().mapToLong(Long::longValue).toArray();
        double[] values = buckets.values().stream().mapToDouble(b -> b[0] / b[1]).toArray();
        long[] counts = buckets.values().stream().mapToLong(b -> (long) b[1]).toArray();
        return new MetricSeries(q, starts, values, counts);
    }

    private List<LabelledSeries> labelledSeries(String metric, TimeRange range) {
        return points.stream().filter(p -> p.metric().equals(metric) && range.contains(p.ts()))
                .map(p -> new LabelledSeries(p.service(), metric, p.labels())).distinct()
                .sorted((a, b) -> a.service().compareTo(b.service())).toList();
    }
}
