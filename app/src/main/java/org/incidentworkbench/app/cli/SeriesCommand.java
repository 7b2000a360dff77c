package org.incidentworkbench.app.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.MetricSeries;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.metrics.ServiceMetric;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code workbench series SOURCE --service S --metric M ...}: one metric of one service, bucketed and aggregated. */
@Command(name = "series", description = {
    "Print one metric of one service, aggregated per time bucket.",
    "Without --from/--to it covers all the data of the source."})
public final class SeriesCommand extends ReadingCommand {

    @Mixin
    private SourceArgument sourceArgument;

    private final SourceProfiles profiles;

    public SeriesCommand(SourceProfiles profiles) {
        this.profiles = profiles;
    }

    @Option(names = "--service", required = true, paramLabel = "NAME", description = "The service, e.g. checkout.")
    private String service;

    @Option(names = "--metric", required = true, paramLabel = "NAME", description = "The metric, e.g. latency_p99_ms.")
    private String metric;

    @Option(names = "--label", paramLabel = "KEY=VALUE",
            description = "Keep only points with this label value (repeatable; all must match).")
    private Map<String, String> labels = new LinkedHashMap<>();

    @Option(names = "--bucket", defaultValue = "1m", converter = DurationArgument.class, paramLabel = "WIDTH",
            description = "Bucket width: 10s, 1m, 5m, 1h, ... (default: ${DEFAULT-VALUE}).")
    private Duration bucket;

    @Option(names = "--agg", defaultValue = "avg", converter = AggregationArgument.class, paramLabel = "AGG",
            description = "avg, sum, min, max, count, p50, p95 or p99 of the points in a bucket (default: ${DEFAULT-VALUE}).")
    private Aggregation aggregation;

    @Mixin
    private TimeRangeOptions range;

    @Override
    public Integer call() {
        Table table = Table.withColumns("ts", "value", "points");
        try (IncidentSource source = sourceArgument.open(profiles)) {
            requireReported(source.serviceMetrics(Cancellation.none()));
            SeriesQuery query = new SeriesQuery(service, metric, labels, range.resolve(spec), bucket, aggregation);
            MetricSeries series = source.series(query, Cancellation.none());
            for (int i = 0; i < series.size(); i++) {
                table.row(series.time(i), series.value(i), series.count(i));
            }
        }
        print(table);
        return ErrorReporter.OK;
    }

    /** An unknown service or metric is a mistake on the command line, not an empty series: say what exists. */
    private void requireReported(List<ServiceMetric> reported) {
        List<String> metricsOfService = reported.stream().filter(m -> m.service().equals(service)).map(ServiceMetric::metric).toList();
        if (metricsOfService.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no metrics for service '" + service + "'; services: "
                    + String.join(", ", reported.stream().map(ServiceMetric::service).distinct().toList()));
        }
        if (!metricsOfService.contains(metric)) {
            throw new ParameterException(spec.commandLine(), "service '" + service + "' has no metric '" + metric
                    + "'; its metrics: " + String.join(", ", metricsOfService));
        }
    }
}
