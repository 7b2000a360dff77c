package org.incidentworkbench.analysis.metrics;

/** A metric a service reports, and how many raw points the source holds for it. */
public record ServiceMetric(String service, String metric, long points) {
}
