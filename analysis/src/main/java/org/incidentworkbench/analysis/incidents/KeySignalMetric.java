package org.incidentworkbench.analysis.incidents;

/** The metric that carries a key signal for one service. */
public record KeySignalMetric(KeySignal signal, String metric) {
}
