package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.knowledge.KbEmbedding;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.HistogramQuery;
import org.incidentworkbench.analysis.metrics.MetricDescriptor;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.traces.TraceQuery;
import org.incidentworkbench.analysis.traces.TraceSummary;
import org.incidentworkbench.storage.duckdb.TestScenario;
import org.incidentworkbench.storage.export.ExportProgress;
import org.incidentworkbench.storage.export.ExportRequest;
import org.incidentworkbench.storage.export.SnapshotExporter;
import org.incidentworkbench.storage.export.SnapshotManifest;
import org.incidentworkbench.storage.profiles.SourceProfile;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scenario in the storage-design seed's layout, read through the built-in seed-layout profile,
 * answers as the DuckDB engine does over the canonical snapshot: series, histograms, log pages
 * with every filter, volume, context, traces, topology and nearest knowledge. Where the seed holds
 * less than the canonical schema (metric descriptors, mined templates) the profile's documented
 * stand-ins are checked.
 */
class SeedLayoutParityTest {

    @RegisterExtension
    static final SeedLayout SEED = new SeedLayout();
    static final Cancellation NONE = Cancellation.none();
    static final TimeRange WINDOW = TestScenario.WINDOW;
    static final LogQuery ALL = LogQuery.all(WINDOW);
    /** Built-in profiles load by name whatever the user's folder. */
    static final SourceProfile PROFILE = new SourceProfiles(Path.of("no-user-profiles")).load(SourceProfiles.SEED_LAYOUT);

    IncidentSource duck;
    PostgresIncidentSource seed;

    @BeforeEach
    void engines() {
        duck = SEED.live().duck();
        seed = PostgresSources.open(SEED.target(), PROFILE);
    }

    @AfterEach
    void close() {
        seed.close();
    }

    @Test
    void anExportThroughTheProfileHoldsTheSameSignalsAsOneFromTheSnapshot(@TempDir Path dir) {
        Incident incident = SEED.live().scenario().incidents.stream().filter(i -> i.serviceName().equals("checkout"))
                .findFirst().orElseThrow();
        ExportRequest request = ExportRequest.of(incident.id());
        SnapshotExporter exporter = new SnapshotExporter(Clock.systemUTC());

        SnapshotManifest fromSnapshot = exporter.export(duck, request, dir.resolve("snapshot.duckdb"), ExportProgress.NONE, NONE)
                .manifest();
        SnapshotManifest throughProfile = exporter.export(seed, request, dir.resolve("seed.duckdb"), ExportProgress.NONE, NONE)
                .manifest();

        for (String table : List.of("metric_points", "log_records", "spans", "log_templates")) {
            assertThat(fromSnapshot.tables().get(table).rows()).as(table).isPositive();
            assertThat(throughProfile.tables().get(table)).as(table).isEqualTo(fromSnapshot.tables().get(table));
        }
    }

    @Test
    void seriesAndHistogramsAreEqualForEveryAggregation() {
        Map<String, String> pay500 = Map.of("route", "/pay", "status", "500");
        for (Aggregation agg : Aggregation.values()) {
            for (SeriesQuery q : List.of(
                    new SeriesQuery("checkout", "cpu_usage", Map.of(), WINDOW, Duration.ofMinutes(1), agg),
                    new SeriesQuery("payments", "latency_ms", pay500, WINDOW, Duration.ofMinutes(5), agg),
                    new SeriesQuery("payments", "queue_depth", Map.of("k8s.io/pod", "pod-a"), WINDOW, Duration.ofSeconds(13), agg))) {
                var expected = duck.series(q, NONE);
                var actual = seed.series(q, NONE);
                assertThat(expected.size()).isPositive();
                assertThat(actual.bucketStartMicros()).as(q.toString()).containsExactly(expected.bucketStartMicros());
                assertThat(actual.counts()).containsExactly(expected.counts());
                assertThat(actual.values()).containsExactly(expected.values());
            }
        }
        HistogramQuery h = new HistogramQuery("checkout", "latency_ms", Map.of("status", "500"), WINDOW, 7);
        assertThat(seed.histogram(h, NONE)).isEqualTo(duck.histogram(h, NONE));
    }

    @Test
    void theMetricCatalogIsEqualAndDescriptorsAreGaugesByName() {
        assertThat(seed.serviceMetrics(NONE)).isEqualTo(duck.serviceMetrics(NONE));
        for (String metric : List.of("cpu_usage", "latency_ms", "queue_depth", "absent")) {
            assertThat(seed.labelledSeries(metric, WINDOW, NONE)).as(metric).isEqualTo(duck.labelledSeries(metric, WINDOW, NONE));
        }
        assertThat(seed.metricDescriptors(NONE)).isEqualTo(duck.metricDescriptors(NONE).stream()
                .map(d -> new MetricDescriptor(d.name(), "gauge", null, null)).toList());
        assertThat(seed.logTemplates(NONE)).isEmpty();
    }

    static Stream<LogQuery> logQueries() {
        TimeRange firstHalf = TimeRange.of(WINDOW.start(), WINDOW.duration().dividedBy(2));
        String traceId = SEED.live().scenario().logs.stream().map(LogRecord::traceId).filter(t -> t != null).sorted()
                .findFirst().orElseThrow();
        return Stream.of(ALL, ALL.withRange(firstHalf), ALL.withServices(Set.of("checkout", "payments")),
                        ALL.withSeverities(Set.of(Severity.WARN, Severity.ERROR, Severity.FATAL)),
                        ALL.withSeverities(Set.of(Severity.TRACE, Severity.DEBUG, Severity.INFO)),
                        ALL.withText("ORDER"), ALL.withText("GRÜßE"), ALL.withTraceId(traceId),
                        ALL.withTemplate("<*> declined: <*>"), ALL.withTemplate("worker <*> stalled: queue full"),
                        ALL.withSeverities(Set.of(Severity.WARN, Severity.ERROR, Severity.FATAL))
                                .withTemplate("db pool exhausted (max=<*>) waiting <*>").withRange(firstHalf),
                        ALL.withServices(Set.of("cart")).withSeverities(Set.of(Severity.INFO)).withText("order").withRange(firstHalf))
                .flatMap(q -> Stream.of(q, q.withOrder(LogQuery.Order.NEWEST_FIRST)));
    }

    @ParameterizedTest
    @MethodSource("logQueries")
    void logPagesAndVolumeAreEqual(LogQuery query) {
        LogPagesWalk.assertSamePagesToTheEnd(duck, seed, query);
        assertThat(seed.logVolume(query, Duration.ofMinutes(7), NONE)).isEqualTo(duck.logVolume(query, Duration.ofMinutes(7), NONE));
    }

    @Test
    void logContextIsEqual() {
        List<LogRecord> ordered = duck.logs(ALL, null, 10_000, NONE).records();
        for (LogRecord r : List.of(ordered.get(0), ordered.get(ordered.size() / 2), ordered.getLast())) {
            assertThat(seed.logContext(r.id(), 5, NONE)).isEqualTo(duck.logContext(r.id(), 5, NONE));
        }
    }

    @Test
    void tracesAndTopologyAreEqual() {
        for (TraceQuery q : List.of(new TraceQuery(WINDOW, Set.of(), false, Duration.ZERO, 1_000),
                new TraceQuery(WINDOW, Set.of("cart", "postgres"), true, Duration.ZERO, 1_000),
                new TraceQuery(WINDOW, Set.of(), false, Duration.ofMillis(150), 20))) {
            assertThat(seed.traces(q, NONE)).isEqualTo(duck.traces(q, NONE));
        }
        List<String> ids = new ArrayList<>(duck.traces(new TraceQuery(WINDOW, Set.of(), false, Duration.ZERO, 1_000), NONE)
                .stream().map(TraceSummary::traceId).toList());
        assertThat(ids).isNotEmpty();
        for (int i = 0; i < ids.size(); i += 7) {
            String id = ids.get(i);
            assertThat(seed.trace(id, NONE)).isEqualTo(duck.trace(id, NONE));
        }
        assertThat(seed.trace(ids.get(0), NONE)).isNotEmpty();
        assertThat(seed.topology(NONE)).isNotEmpty().isEqualTo(duck.topology(NONE));
    }

    @Test
    void knowledgeDocumentsAndNearestChunksAreEqual() {
        assertThat(seed.knowledgeDocuments(NONE)).isEqualTo(duck.knowledgeDocuments(NONE));
        for (KbEmbedding e : SEED.live().scenario().embeddings.subList(0, 8)) {
            for (String model : List.of(TestScenario.MODEL, TestScenario.OTHER_MODEL)) {
                assertThat(seed.nearestDocuments(e.vector(), model, 3, NONE)).isEqualTo(duck.nearestDocuments(e.vector(), model, 3, NONE));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "' OR '1'='1", "'; DROP TABLE logs; --", "\\", "%", "_", "/* */", "?", "??", ":from",
            "$$", "$1", "ünïcødé ☃", "{\"service\": \"cart\"}"})
    void hostileFilterValuesAreMatchedLiterally(String hostile) {
        LogQuery q = ALL.withText(hostile).withServices(Set.of(hostile, "cart"));
        assertThat(seed.logs(q, null, 10_000, NONE)).isEqualTo(duck.logs(q, null, 10_000, NONE));
        assertThat(seed.logs(ALL.withTraceId(hostile), null, 10, NONE).records()).isEmpty();
        LogQuery template = ALL.withTemplate("<*>" + hostile + "<*>");
        assertThat(seed.logs(template, null, 10_000, NONE)).isEqualTo(duck.logs(template, null, 10_000, NONE));
        assertThat(seed.logVolume(q, Duration.ofMinutes(10), NONE)).isEqualTo(duck.logVolume(q, Duration.ofMinutes(10), NONE));
        for (Map<String, String> labels : List.of(Map.of("route", hostile), Map.of(hostile, "/pay"), Map.of("service", hostile))) {
            SeriesQuery s = new SeriesQuery(hostile, "latency_ms", labels, WINDOW, Duration.ofMinutes(5), Aggregation.COUNT);
            assertThat(seed.series(s, NONE).size()).isZero();
        }
        assertThat(seed.labelledSeries(hostile, WINDOW, NONE)).isEmpty();
        assertThat(seed.trace(hostile, NONE)).isEmpty();
        assertThat(seed.traces(new TraceQuery(WINDOW, Set.of(hostile), false, Duration.ZERO, 10), NONE)).isEmpty();
    }
}
