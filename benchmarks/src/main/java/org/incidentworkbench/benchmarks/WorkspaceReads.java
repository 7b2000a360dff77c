package org.incidentworkbench.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.logs.LogPage;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.logs.VolumeBucket;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.MetricSeries;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.TimeRange;

/**
 * The reads a workspace makes on every view change, over the default sample's whole day, the same
 * for every engine so their figures compare.
 */
final class WorkspaceReads {

    /** The metric of the incident service read as a 24-hour p95 series. */
    static final String METRIC = "http_latency_p99_ms";
    /** Text searched in error logs; present in the default scenario's error messages. */
    static final String ERROR_TEXT = "timeout";

    private WorkspaceReads() {
    }

    static MetricSeries p95Series(IncidentSource source, Incident incident, TimeRange span) {
        return source.series(new SeriesQuery(incident.serviceName(), METRIC, Map.of(), day(span), Duration.ofMinutes(1),
                Aggregation.P95), Cancellation.none());
    }

    /** One labelled series of a metric that has several: payments' read-write pool (the other is read-only). */
    static MetricSeries avgSeriesWithLabelFilter(IncidentSource source, TimeRange span) {
        return source.series(new SeriesQuery("payments", "db_pool_wait_ms", Map.of("pool", "payments-rw"), day(span),
                Duration.ofMinutes(1), Aggregation.AVG), Cancellation.none());
    }

    static LogPage firstPageOfErrorLogs(IncidentSource source, TimeRange span) {
        LogQuery errors = LogQuery.all(span).withSeverities(Set.of(Severity.ERROR)).withText(ERROR_TEXT)
                .withOrder(LogQuery.Order.NEWEST_FIRST);
        return source.logs(errors, null, 100, Cancellation.none());
    }

    static List<VolumeBucket> logVolume(IncidentSource source, TimeRange span) {
        return source.logVolume(LogQuery.all(span), Duration.ofMinutes(1), Cancellation.none());
    }

    private static TimeRange day(TimeRange span) {
        return TimeRange.of(span.start(), Duration.ofHours(24));
    }
}
