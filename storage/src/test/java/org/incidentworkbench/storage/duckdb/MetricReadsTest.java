package org.incidentworkbench.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.Histogram;
import org.incidentworkbench.analysis.metrics.HistogramQuery;
import org.incidentworkbench.analysis.metrics.LabelledSeries;
import org.incidentworkbench.analysis.metrics.MetricDescriptor;
import org.incidentworkbench.analysis.metrics.MetricPoint;
import org.incidentworkbench.analysis.metrics.MetricSeries;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.metrics.ServiceMetric;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.analysis.time.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetricReadsTest {

    @RegisterExtension
    static final ScenarioSnapshot DATA = new ScenarioSnapshot(42);
    static final Cancellation NONE = Cancellation.none();

    static Stream<Arguments> seriesCases() {
        Map<String, String> none = Map.of();
        Map<String, String> pay500 = Map.of("route", "/pay", "status", "500");
        Map<String, String> refund = Map.of("route", "/refund");
        return Stream.of(Aggregation.values()).flatMap(agg -> Stream.of(
                Arguments.of("checkout", "cpu_usage", none, Duration.ofMinutes(1), agg),
                Arguments.of("payments", "latency_ms", none, Duration.ofMinutes(7), agg),
                Arguments.of("payments", "latency_ms", pay500, Duration.ofMinutes(5), agg),
                Arguments.of("cart", "latency_ms", refund, Duration.ofSeconds(90), agg),
                Arguments.of("postgres", "latency_ms", pay500, Duration.ofHours(1), agg)));
    }

    @ParameterizedTest(name = "{0}/{1} {2} every {3} as {4}")
    @MethodSource("seriesCases")
    void seriesMatchesTheAggregationComputedInJavaOverTheRawPoints(String service, String metric,
            Map<String, String> labels, Duration bucket, Aggregation agg) {
        SeriesQuery q = new SeriesQuery(service, metric, labels, TestScenario.WINDOW, bucket, agg);

        MetricSeries series = DATA.source().series(q, NONE);

        List<Expected.Bucket> expected = Expected.series(
                Expected.points(DATA.scenario(), service, metric, labels, TestScenario.WINDOW), q.bucketMicros(), agg);
        assertThat(series.size()).isEqualTo(expected.size()).isGreaterThan(0);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(series.bucketStartMicros()[i]).isEqualTo(expected.get(i).start());
            assertThat(series.count(i)).isEqualTo(expected.get(i).count());
            assertThat(series.value(i)).as("bucket %d", i).isCloseTo(expected.get(i).value(), within(1e-9));
        }
        assertThat(series.query()).isEqualTo(q);
    }

    @Test
    void seriesBucketsAreAlignedToTheEpochWhateverTheRangeStart() {
        TimeRange odd = new TimeRange(TestScenario.T0.plusSeconds(1_234).plusNanos(5_000), TestScenario.WINDOW.end());
        long width = Duration.ofMinutes(7).toNanos() / 1_000;

        MetricSeries s = DATA.source().series(new SeriesQuery("cart", "cpu_usage", Map.of(), odd, Duration.ofMinutes(7),
                Aggregation.COUNT), NONE);

        assertThat(s.size()).isPositive();
        assertThat(LongStream.of(s.bucketStartMicros()).filter(start -> start % width != 0)).isEmpty();
        assertThat(s.bucketStartMicros()).isSorted();
        assertThat(s.bucketStartMicros()[0]).isLessThan(Micros.of(odd.start()));
    }

    @Test
    void seriesFiltersOnLabelKeysHoldingDotsSlashesAndTildesLiterally() {
        Map<String, String> labels = Map.of("k8s.io/pod", "pod-b", "tier~1", "hot");
        SeriesQuery q = new SeriesQuery("payments", "queue_depth", labels, TestScenario.WINDOW, Duration.ofMinutes(10),
                Aggregation.SUM);

        MetricSeries s = DATA.source().series(q, NONE);

        List<Expected.Bucket> expected = Expected.series(
                Expected.points(DATA.scenario(), "payments", "queue_depth", labels, TestScenario.WINDOW), q.bucketMicros(), Aggregation.SUM);
        assertThat(s.counts()).containsExactly(expected.stream().mapToLong(Expected.Bucket::count).toArray());
        assertThat(s.values()).containsExactly(expected.stream().mapToDouble(Expected.Bucket::value).toArray());
        assertThat(DATA.source().series(new SeriesQuery("payments", "queue_depth", Map.of("k8s.io/pod", "pod-'b"),
                TestScenario.WINDOW, Duration.ofMinutes(10), Aggregation.SUM), NONE).size()).isZero();
    }

    @Test
    void seriesRangeIsHalfOpenSoAPointAtItsEndIsLeftOut() {
        SeriesQuery inWindow = new SeriesQuery("checkout", "cpu_usage", Map.of(), TestScenario.WINDOW,
                Duration.ofHours(3), Aggregation.MAX);
        SeriesQuery atEnd = new SeriesQuery("checkout", "cpu_usage", Map.of(),
                TimeRange.of(TestScenario.WINDOW.end(), Duration.ofNanos(1_000)), Duration.ofHours(3), Aggregation.MAX);

        assertThat(DATA.source().series(inWindow, NONE).counts()).containsExactly(
                Expected.points(DATA.scenario(), "checkout", "cpu_usage", Map.of(), TestScenario.WINDOW).size());
        assertThat(DATA.source().series(inWindow, NONE).values()[0]).isLessThan(9.75);
        assertThat(DATA.source().series(atEnd, NONE).values()).containsExactly(9.75);
    }

    @Test
    void seriesOfAnUnknownMetricOrAnEmptyRangeHasNoBuckets() {
        assertThat(DATA.source().series(new SeriesQuery("checkout", "nope", Map.of(), TestScenario.WINDOW,
                Duration.ofMinutes(1), Aggregation.AVG), NONE).size()).isZero();
        assertThat(DATA.source().series(new SeriesQuery("checkout", "cpu_usage", Map.of(),
                TimeRange.of(TestScenario.T0.minusSeconds(3_600), Duration.ofMinutes(30)), Duration.ofMinutes(1),
                Aggregation.P99), NONE).size()).isZero();
    }

    @ParameterizedTest(name = "{0} bins")
    @ValueSource(ints = {1, 7, 20, 100})
    void histogramCountsMatchEqualWidthBinsComputedInJava(int bins) {
        Map<String, String> labels = Map.of("status", "500");
        List<MetricPoint> points = Expected.points(DATA.scenario(), "checkout", "latency_ms", labels, TestScenario.WINDOW);

        Histogram h = DATA.source().histogram(new HistogramQuery("checkout", "latency_ms", labels, TestScenario.WINDOW, bins), NONE);

        double lo = points.stream().mapToDouble(MetricPoint::value).min().orElseThrow();
        double hi = points.stream().mapToDouble(MetricPoint::value).max().orElseThrow();
        assertThat(h.min()).isEqualTo(lo);
        assertThat(h.max()).isEqualTo(hi);
        assertThat(h.total()).isEqualTo(points.size());
        assertThat(h.bins()).hasSize(bins);
        assertThat(h.bins().stream().mapToLong(Histogram.Bin::count).toArray()).containsExactly(Expected.histogram(points, bins));
        assertThat(h.bins().get(0).lower()).isEqualTo(lo);
        assertThat(h.bins().get(bins - 1).upper()).isEqualTo(hi);
        for (int i = 1; i < bins; i++) {
            assertThat(h.bins().get(i).lower()).isEqualTo(h.bins().get(i - 1).upper());
        }
    }

    @Test
    void histogramOfIdenticalValuesPutsThemAllInTheLastBin() {
        Histogram h = DATA.source().histogram(new HistogramQuery("checkout", "cpu_usage", Map.of(),
                TimeRange.of(TestScenario.WINDOW.end(), Duration.ofSeconds(1)), 5), NONE);

        assertThat(h.total()).isEqualTo(1);
        assertThat(h.bins().stream().mapToLong(Histogram.Bin::count).toArray()).containsExactly(0, 0, 0, 0, 1);
    }

    @Test
    void histogramOfARangeWithoutPointsIsEmpty() {
        Histogram h = DATA.source().histogram(new HistogramQuery("checkout", "cpu_usage", Map.of(),
                TimeRange.of(TestScenario.T0.minusSeconds(7_200), Duration.ofMinutes(5)), 10), NONE);

        assertThat(h.total()).isZero();
        assertThat(h.bins()).isEmpty();
    }

    @Test
    void metricDescriptorsAreListedByName() {
        assertThat(DATA.source().metricDescriptors(NONE)).containsExactlyElementsOf(
                DATA.scenario().descriptors.stream().sorted(Comparator.comparing(MetricDescriptor::name)).toList());
    }

    @Test
    void serviceMetricsCountTheRawPointsOfEachServiceAndMetric() {
        List<ServiceMetric> expected = DATA.scenario().points.stream()
                .collect(Collectors.groupingBy(p -> p.service() + "\u0000" + p.metric(), TreeMap::new,
                        Collectors.counting()))
                .entrySet().stream()
                .map(e -> new ServiceMetric(e.getKey().split("\u0000")[0], e.getKey().split("\u0000")[1], e.getValue()))
                .toList();

        assertThat(DATA.source().serviceMetrics(NONE)).containsExactlyElementsOf(expected);
    }

    @Test
    void labelledSeriesAreTheDistinctLabelSetsOfAMetricPerServiceWithPointsInTheRange() {
        TimeRange firstHalf = TimeRange.of(TestScenario.WINDOW.start(), Duration.ofHours(1));
        List<LabelledSeries> expected = DATA.scenario().points.stream()
                .filter(p -> p.metric().equals("latency_ms") && firstHalf.contains(p.ts()))
                .map(p -> new LabelledSeries(p.service(), p.metric(), p.labels()))
                .distinct()
                .sorted(Comparator.comparing(LabelledSeries::service).thenComparing(s -> new TreeMap<>(s.labels()).toString()))
                .toList();

        List<LabelledSeries> read = DATA.source().labelledSeries("latency_ms", firstHalf, NONE);

        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(read).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(read).extracting(LabelledSeries::service).isSorted();
        assertThat(DATA.source().labelledSeries("no_such_metric", firstHalf, NONE)).isEmpty();
    }
}
