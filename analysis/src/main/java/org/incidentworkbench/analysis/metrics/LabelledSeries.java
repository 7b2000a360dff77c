package org.incidentworkbench.analysis.metrics;

import java.util.Map;

/** One series of a metric as a source holds it: the service and the labels that set it apart (e.g. a pool). */
public record LabelledSeries(String service, String metric, Map<String, String> labels) {

    public LabelledSeries {
        labels = Map.copyOf(labels);
    }
}
