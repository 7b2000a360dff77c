package org.incidentworkbench.ui.metrics;

/** One metric of one service: what the user selects and a chart line is drawn for. */
public record MetricRef(String service, String metric) {
}
