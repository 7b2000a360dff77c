package org.incidentworkbench.analysis.metrics;

import java.time.Instant;
import java.util.Map;

/** One raw sample of a metric of a service, with its labels. */
public record MetricPoint(Instant ts, String service, String metric, double value, Map<String, String> labels) {

    public MetricPoint {
        labels = Map.copyOf(labels);
    }
}
