package org.incidentworkbench.analysis.metrics;

import java.util.Map;
import org.incidentworkbench.analysis.time.TimeRange;

/** The distribution of one metric's raw values over a range, in {@code bins} equal-width bins. */
public record HistogramQuery(String service, String metric, Map<String, String> labelFilter, TimeRange range,
                             int bins) {

    public HistogramQuery {
        labelFilter = Map.copyOf(labelFilter);
        if (bins < 1 || bins > 10_000) {
            throw new IllegalArgumentException("bins must be between 1 and 10000: " + bins);
        }
    }
}
