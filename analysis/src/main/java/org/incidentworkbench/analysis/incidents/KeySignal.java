package org.incidentworkbench.analysis.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentworkbench.analysis.metrics.ServiceMetric;
import org.incidentworkbench.analysis.saturation.SaturationFinder;

/**
 * The four signals an on-call engineer checks first on a service (traffic, errors, latency,
 * saturation), each with the metric names that carry it, in order of preference: the names the
 * sample data uses (Prometheus style).
 */
public enum KeySignal {
    REQUEST_RATE("request rate", List.of("http_requests_per_second")),
    ERROR_RATE("error rate", List.of("http_error_ratio")),
    P99_LATENCY("p99 latency", List.of("http_latency_p99_ms")),
    /** Read around the incident service, as a share of capacity where there is one: see {@link SaturationFinder}. */
    SATURATION("saturation", SaturationFinder.METRICS);

    private final String label;
    private final List<String> metrics;

    KeySignal(String label, List<String> metrics) {
        this.label = label;
        this.metrics = metrics;
    }

    public String label() {
        return label;
    }

    /** For each signal, the first of its metrics that the service reports; signals it reports none of are left out. */
    public static List<KeySignalMetric> pick(List<ServiceMetric> reportedByService) {
        Set<String> reported = reportedByService.stream().map(ServiceMetric::metric).collect(Collectors.toSet());
        List<KeySignalMetric> picked = new ArrayList<>();
        for (KeySignal s : values()) {
            s.metrics.stream().filter(reported::contains).findFirst()
                    .ifPresent(m -> picked.add(new KeySignalMetric(s, m)));
        }
        return picked;
    }
}
