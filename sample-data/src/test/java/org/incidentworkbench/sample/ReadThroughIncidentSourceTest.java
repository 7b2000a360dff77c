package org.incidentworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.logs.LogPage;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.MetricSeries;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.traces.Span;
import org.incidentworkbench.sample.truth.GroundTruthFile;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app reads samples through the DuckDB incident source; a small default sample reads back sensibly. */
class ReadThroughIncidentSourceTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultSampleReadsBackThroughTheSnapshotSource() {
        GenerationResult result = SampleGenerator.generate(SampleSpec.small(Scenario.defaultScenario(), 42), dir.resolve("s.duckdb"));
        Cancellation none = Cancellation.none();
        try (IncidentSource source = DuckDbSnapshots.open(result.snapshot())) {
            assertThat(source.info().origin()).isEqualTo("sample:seed=42");
            assertThat(source.services(none)).hasSize(15);

            Incident incident = source.incident(GroundTruthFile.read(result.groundTruth()).incidentId(), none).orElseThrow();
            assertThat(incident.serviceName()).isEqualTo("checkout");
            assertThat(source.hypotheses(incident.id(), none)).hasSizeGreaterThanOrEqualTo(3);

            MetricSeries errors = source.series(new SeriesQuery("checkout", "http_error_ratio", Map.of(),
                    incidentWindow(incident),
                    Duration.ofMinutes(1), Aggregation.MAX), none);
            double worst = 0;
            for (int i = 0; i < errors.size(); i++) {
                worst = Math.max(worst, errors.value(i));
            }
            assertThat(worst).isGreaterThan(0.1);

            LogPage timeouts = source.logs(LogQuery.all(incidentWindow(incident)).withServices(Set.of("payments"))
                    .withSeverities(Set.of(Severity.ERROR)).withText("connection is not available"), null, 20, none);
            assertThat(timeouts.records()).isNotEmpty();

            String traceId = timeouts.records().stream().filter(r -> r.traceId() != null).findFirst().orElseThrow().traceId();
            List<Span> trace = source.trace(traceId, none);
            assertThat(trace).extracting(Span::service).contains("edge-gateway", "checkout", "payments");
        }
    }

    private static TimeRange incidentWindow(Incident incident) {
        return new TimeRange(incident.windowStart(), incident.windowEnd());
    }
}
