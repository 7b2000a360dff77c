package org.incidentworkbench.analysis.saturation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.LabelledSeries;
import org.incidentworkbench.analysis.metrics.MetricSeries;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.metrics.ServiceMetric;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.topology.Neighbourhood;

/**
 * Reads the saturation of the incident service and of the services it depends on within
 * {@link #HOPS} hops, and picks the most saturated resource ({@link MostSaturated}). Each service
 * contributes the first of {@link #METRICS} it reports; a metric with a capacity metric is read per
 * label set (one pool each) as a share of that capacity.
 */
public final class SaturationFinder {

    /** The incident service, what it calls, and what those call: far enough to reach a shared database. */
    public static final int HOPS = 2;
    /**
     * What runs out first differs by kind of service: a connection pool, database connections, a queue,
     * CPU. In order of preference; the names the sample data uses (Prometheus style).
     */
    public static final List<String> METRICS = List.of("db_pool_connections_in_use", "pg_active_connections",
            "queue_depth_messages", "cpu_usage_cores");
    /** Metrics whose capacity the source records, with the metric that holds it (same labels). */
    private static final Map<String, String> CAPACITY = Map.of("db_pool_connections_in_use", "db_pool_connections_max");
    private static final Duration PEAK_BUCKET = Duration.ofMinutes(1);

    private final IncidentSource source;

    public SaturationFinder(IncidentSource source) {
        this.source = source;
    }

    /** The most saturated resource around {@code service}, given what each service reports; empty when none has data. */
    public Optional<SaturationReading> mostSaturated(String service, List<ServiceMetric> reported, TimeRange window,
                                                     TimeRange baseline, Cancellation cancel) {
        Map<String, Integer> hops = new Neighbourhood(source.topology(cancel)).within(service, HOPS);
        List<SaturationReading> readings = new ArrayList<>();
        for (Resource r : resources(hops.keySet(), reported, window, cancel)) {
            readings.add(new SaturationReading(r, hops.get(r.service()), peak(r, window, cancel), peak(r, baseline, cancel)));
        }
        return MostSaturated.of(readings);
    }

    /** The resource's level per bucket over the range (a share of capacity where it has one), for a sparkline. */
    public double[] levels(Resource r, TimeRange range, Duration bucket, Cancellation cancel) {
        MetricSeries used = series(r.service(), r.metric(), r.labels(), range, bucket, cancel);
        if (!r.hasCapacity()) {
            return used.values().clone();
        }
        MetricSeries capacity = series(r.service(), r.capacityMetric(), r.labels(), range, bucket, cancel);
        Map<Long, Double> capacityAt = new HashMap<>();
        for (int i = 0; i < capacity.size(); i++) {
            capacityAt.put(capacity.bucketStartMicros()[i], capacity.value(i));
        }
        List<Double> shares = new ArrayList<>();
        for (int i = 0; i < used.size(); i++) {
            Double max = capacityAt.get(used.bucketStartMicros()[i]);
            if (max != null && max > 0) {
                shares.add(used.value(i) / max);
            }
        }
        return shares.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Per service, its preferred saturation metric: one resource per label set when it has a capacity, else one. */
    private List<Resource> resources(Set<String> services, List<ServiceMetric> reported, TimeRange window,
                                     Cancellation cancel) {
        Map<String, Set<String>> metricsOf = reported.stream().filter(m -> services.contains(m.service()))
                .collect(Collectors.groupingBy(ServiceMetric::service, Collectors.mapping(ServiceMetric::metric,
                        Collectors.toSet())));
        Map<String, List<LabelledSeries>> labelled = new HashMap<>();
        List<Resource> resources = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : metricsOf.entrySet()) {
            Optional<String> metric = METRICS.stream().filter(e.getValue()::contains).findFirst();
            if (metric.isEmpty()) {
                continue;
            }
            String capacity = CAPACITY.get(metric.get());
            if (capacity == null || !e.getValue().contains(capacity)) {
                resources.add(Resource.uncapped(e.getKey(), metric.get()));
                continue;
            }
            // One read lists the label sets of every service's series of the metric.
            labelled.computeIfAbsent(metric.get(), m -> source.labelledSeries(m, window, cancel)).stream()
                    .filter(s -> s.service().equals(e.getKey()))
                    .forEach(s -> resources.add(new Resource(s.service(), s.metric(), s.labels(), capacity)));
        }
        return resources;
    }

    /**
     * The resource's highest one-minute level in the range. A resource runs out at its peak; a mean over
     * an incident window that also holds the minutes before a release and after its rollback hides that.
     */
    private double peak(Resource r, TimeRange range, Cancellation cancel) {
        return Arrays.stream(levels(r, range, PEAK_BUCKET, cancel)).max().orElse(Double.NaN);
    }

    private MetricSeries series(String service, String metric, Map<String, String> labels, TimeRange range,
                                Duration bucket, Cancellation cancel) {
        return source.series(new SeriesQuery(service, metric, labels, range, bucket, Aggregation.AVG), cancel);
    }
}
