package org.incidentworkbench.ui.metrics;

import java.time.Duration;
import java.util.List;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.ui.charts.ChartMarker;
import org.incidentworkbench.ui.charts.PlotSeries;

/**
 * What one read produced: the series (downsampled to the point budget) and change markers over
 * {@code range} at {@code bucket}, and how many buckets the source returned before downsampling.
 */
public record ChartData(TimeRange range, Duration bucket, List<PlotSeries> series, List<ChartMarker> markers,
                        long bucketsRead) {

    public static final ChartData EMPTY = new ChartData(null, null, List.of(), List.of(), 0);
}
