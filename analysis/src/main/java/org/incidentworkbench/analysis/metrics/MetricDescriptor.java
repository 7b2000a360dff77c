package org.incidentworkbench.analysis.metrics;

/** What a metric name means: its type (gauge, sum, histogram), unit and description. */
public record MetricDescriptor(String name, String type, String unit, String description) {
}
