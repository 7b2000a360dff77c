package org.incidentworkbench.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.MetricSeries;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.TimeRange;

/** The default sample opened as a workspace would open it, with the incident and the data's time span; subclasses pick the engine. */
public abstract class SourceReadState {

    IncidentSource source;
    Incident incident;
    TimeRange dataSpan;

    void opened(IncidentSource s) {
        source = s;
        incident = source.incidents(Cancellation.none()).getFirst();
        dataSpan = spanOfData();
    }

    /** First to last hour holding points of the incident service's first metric: the whole generated day. */
    private TimeRange spanOfData() {
        String metric = source.serviceMetrics(Cancellation.none()).stream()
                .filter(m -> m.service().equals(incident.serviceName()))
                .findFirst().orElseThrow().metric();
        TimeRange everything = new TimeRange(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
        MetricSeries hours = source.series(new SeriesQuery(incident.serviceName(), metric, Map.of(), everything,
                Duration.ofHours(1), Aggregation.COUNT), Cancellation.none());
        return new TimeRange(hours.time(0), hours.time(hours.size() - 1).plus(Duration.ofHours(1)));
    }
}
