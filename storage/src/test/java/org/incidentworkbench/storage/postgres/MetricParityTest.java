package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.Histogram;
import org.incidentworkbench.analysis.metrics.HistogramQuery;
import org.incidentworkbench.analysis.metrics.MetricSeries;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.storage.duckdb.TestScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The same seeded scenario in a DuckDB snapshot and in PostgreSQL: every metric read answers the same. */
class MetricParityTest {

    @RegisterExtension
    static final LiveScenario PG = new LiveScenario();
    static final Cancellation NONE = Cancellation.none();
    static final TimeRange WINDOW = TestScenario.WINDOW;

    IncidentSource duck;
    IncidentSource pg;

    @BeforeEach
    void engines() {
        duck = PG.duck();
        pg = PostgresSources.open(PG.target());
    }

    static Stream<Arguments> seriesCases() {
        Map<String, String> none = Map.of();
        Map<String, String> pay500 = Map.of("route", "/pay", "status", "500");
        Map<String, String> refund = Map.of("route", "/refund");
        Map<String, String> podA = Map.of("k8s.io/pod", "pod-a", "tier~1", "hot");
        TimeRange early = TimeRange.of(WINDOW.start().minusSeconds(3_601), Duration.ofMinutes(95));
        return Stream.of(Aggregation.values()).flatMap(agg -> Stream.of(
                Arguments.of("checkout", "cpu_usage", none, WINDOW, Duration.ofMinutes(1), agg),
                Arguments.of("payments", "latency_ms", none, WINDOW, Duration.ofMinutes(7), agg),
                Arguments.of("payments", "latency_ms", pay500, WINDOW, Duration.ofMinutes(5), agg),
                Arguments.of("cart", "latency_ms", refund, early, Duration.ofSeconds(90), agg),
                Arguments.of("payments", "queue_depth", podA, WINDOW, Duration.ofSeconds(13), agg),
                Arguments.of("postgres", "latency_ms", pay500, WINDOW, Duration.ofHours(1), agg)));
    }

    @ParameterizedTest(name = "{0}/{1} {2} in {3} every {4} as {5}")
    @MethodSource("seriesCases")
    void seriesAreEqual(String service, String metric, Map<String, String> labels, TimeRange range,
            Duration bucket, Aggregation agg) {
        SeriesQuery q = new SeriesQuery(service, metric, labels, range, bucket, agg);

        MetricSeries expected = duck.series(q, NONE);
        MetricSeries actual = pg.series(q, NONE);

        assertThat(expected.size()).isPositive();
        assertThat(actual.bucketStartMicros()).containsExactly(expected.bucketStartMicros());
        assertThat(actual.counts()).containsExactly(expected.counts());
        assertThat(actual.values()).containsExactly(expected.values());
    }

    @ParameterizedTest(name = "{0} bins")
    @ValueSource(ints = {1, 7, 40})
    void histogramsAreEqual(int bins) {
        for (Map<String, String> labels : List.of(Map.<String, String>of(), Map.of("status", "500"))) {
            HistogramQuery q = new HistogramQuery("checkout", "latency_ms", labels, WINDOW, bins);
            assertThat(pg.histogram(q, NONE)).isEqualTo(duck.histogram(q, NONE));
        }
        HistogramQuery constant = new HistogramQuery("checkout", "cpu_usage", Map.of(),
                TimeRange.of(WINDOW.start(), Duration.ofSeconds(1)), bins);
        assertThat(pg.histogram(constant, NONE)).isEqualTo(duck.histogram(constant, NONE));
        HistogramQuery empty = new HistogramQuery("nobody", "cpu_usage", Map.of(), WINDOW, bins);
        assertThat(pg.histogram(empty, NONE)).isEqualTo(Histogram.empty()).isEqualTo(duck.histogram(empty, NONE));
    }

    @Test
    void catalogReadsAreEqual() {
        assertThat(pg.metricDescriptors(NONE)).isEqualTo(duck.metricDescriptors(NONE));
        assertThat(pg.serviceMetrics(NONE)).isEqualTo(duck.serviceMetrics(NONE));
        for (String metric : List.of("cpu_usage", "latency_ms", "queue_depth", "absent")) {
            assertThat(pg.labelledSeries(metric, WINDOW, NONE)).as(metric).isEqualTo(duck.labelledSeries(metric, WINDOW, NONE));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "' OR '1'='1", "/pay'; DROP TABLE metric_points; --", "\\", "\\'", "/*", "%", "_",
            "route\" : \"/pay", "{\"route\": \"/pay\"}", "ünïcødé ☃"})
    void hostileLabelKeysAndValuesMatchLiterally(String hostile) {
        for (Map<String, String> labels : List.of(Map.of("route", hostile), Map.of(hostile, "/pay"),
                Map.of("route", "/pay", "status", hostile))) {
            SeriesQuery q = new SeriesQuery("payments", "latency_ms", labels, WINDOW, Duration.ofMinutes(5), Aggregation.COUNT);
            MetricSeries actual = pg.series(q, NONE);
            assertThat(actual.size()).as(labels.toString()).isZero();
            assertThat(actual.bucketStartMicros()).containsExactly(duck.series(q, NONE).bucketStartMicros());
        }
        assertThat(pg.serviceMetrics(NONE)).isEqualTo(duck.serviceMetrics(NONE));
    }
}
