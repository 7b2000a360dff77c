package org.incidentworkbench.ui.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.MetricSeries;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.ui.charts.ChartMarker;
import org.incidentworkbench.ui.charts.PlotSeries;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.SameThreadTaskRunner;
import org.incidentworkbench.ui.testing.FailingReads;
import org.incidentworkbench.ui.testing.UiSample;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The view model on the real small sample, with every read on the calling thread. */
class MetricsViewModelTest {

    private final Problems problems = new Problems(Clock.systemUTC());
    private IncidentSource source;
    private Incident incident;
    private MetricsViewModel model;

    @BeforeEach
    void open() {
        source = UiSample.open();
        incident = source.incidents(Cancellation.none()).getFirst();
        model = new MetricsViewModel(source, incident, new SameThreadTaskRunner(problems));
        model.open();
    }

    @AfterEach
    void close() {
        source.close();
    }

    @Test
    void opensOnTheIncidentServicesKeySignalsAndTheSaturationTheOverviewFound() {
        // On the sample checkout's own pool stays flat; payments' pool is the one that runs out.
        assertThat(model.selection()).containsExactly(
                new MetricRef(incident.serviceName(), "http_requests_per_second"),
                new MetricRef(incident.serviceName(), "http_error_ratio"),
                new MetricRef(incident.serviceName(), "http_latency_p99_ms"),
                new MetricRef("payments", "db_pool_connections_in_use"));
        assertThat(model.visibleRangeProperty().get()).isEqualTo(new TimeRange(
                incident.windowStart().minus(Duration.ofHours(1)), incident.windowEnd().plus(Duration.ofMinutes(30))));
        ChartData data = model.dataProperty().get();
        assertThat(data.series()).hasSameSizeAs(model.selection());
        assertThat(data.series()).allSatisfy(s -> assertThat(s.size()).isGreaterThan(100));
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(problems.currentProperty().get()).isNull();
    }

    @Test
    void aReadThatFailsKeepsTheChartSaysWhyAndTryAgainReadsOnceTheSourceIsBack() {
        FailingReads outage = FailingReads.outage();
        MetricsViewModel live = new MetricsViewModel(outage.wrap(source), incident, new SameThreadTaskRunner(problems));
        live.open();
        ChartData before = live.dataProperty().get();

        outage.goDown();
        live.aggregationProperty().set(Aggregation.MAX);

        assertThat(live.failures().messageProperty().get()).isEqualTo("Could not load metrics: " + FailingReads.LOST);
        assertThat(live.dataProperty().get()).isSameAs(before);
        assertThat(problems.currentProperty().get().task()).isEqualTo("Loading metrics");

        outage.recovered();
        live.failures().retry();

        assertThat(live.failures().messageProperty().get()).isEmpty();
        assertThat(live.dataProperty().get()).isNotSameAs(before);
        assertThat(live.dataProperty().get().series()).hasSameSizeAs(before.series());
    }

    @Test
    void aCatalogueThatFailsToLoadIsReadAgainOnTryAgain() {
        FailingReads outage = FailingReads.outage();
        outage.goDown();
        MetricsViewModel live = new MetricsViewModel(outage.wrap(source), incident, new SameThreadTaskRunner(problems));
        live.open();
        assertThat(live.failures().messageProperty().get()).startsWith("Could not load the metric catalogue: ");
        assertThat(live.options()).isEmpty();

        outage.recovered();
        live.failures().retry();

        assertThat(live.options()).isNotEmpty();
        assertThat(live.dataProperty().get().series()).hasSize(4);
        assertThat(live.failures().messageProperty().get()).isEmpty();
    }

    @Test
    void drawnValuesAreTheSourcesOwnSeries() {
        ChartData data = model.dataProperty().get();
        MetricRef first = model.selection().getFirst();
        TimeRange range = data.range();
        MetricSeries direct = source.series(new SeriesQuery(first.service(), first.metric(), Map.of(),
                new TimeRange(range.start().minus(data.bucket()), range.end().plus(data.bucket())), data.bucket(),
                Aggregation.AVG), Cancellation.none());
        PlotSeries drawn = data.series().getFirst();
        assertThat(drawn.xMicros()).containsExactly(direct.bucketStartMicros());
        assertThat(drawn.y()).containsExactly(direct.values());
    }

    @Test
    void theAutomaticBucketGivesAboutOneBucketPerPixel() {
        model.setPlotWidth(1_000);
        Duration perPixel = model.visibleRangeProperty().get().duration().dividedBy(1_000);
        assertThat(model.dataProperty().get().bucket()).isGreaterThanOrEqualTo(perPixel);
        assertThat(model.dataProperty().get().bucket()).isLessThan(perPixel.multipliedBy(3));
    }

    @Test
    void zoomingShowsTheNewRangeAtAFinerBucket() {
        model.setPlotWidth(300);
        Duration before = model.dataProperty().get().bucket();
        TimeRange tenMinutes = TimeRange.of(incident.windowStart(), Duration.ofMinutes(10));
        model.zoomTo(tenMinutes);
        ChartData data = model.dataProperty().get();
        assertThat(model.visibleRangeProperty().get()).isEqualTo(tenMinutes);
        assertThat(data.range()).isEqualTo(tenMinutes);
        assertThat(data.bucket()).isLessThan(before).isEqualTo(Duration.ofSeconds(10));
        long firstInRange = data.series().getFirst().firstAtOrAfter(tenMinutes.startMicros());
        assertThat(data.series().getFirst().xMicros()[(int) firstInRange]).isEqualTo(tenMinutes.startMicros());
    }

    @Test
    void aZoomNarrowerThanAMinuteIsWidenedAroundItsMiddle() {
        Instant middle = incident.windowStart().plusSeconds(300);
        model.zoomTo(new TimeRange(middle.minusSeconds(5), middle.plusSeconds(5)));
        assertThat(model.visibleRangeProperty().get()).isEqualTo(new TimeRange(middle.minusSeconds(30), middle.plusSeconds(30)));
    }

    @Test
    void panningMovesTheRangeAndResetGoesHome() {
        TimeRange shifted = model.homeRange().shift(Duration.ofMinutes(-20));
        model.panTo(shifted);
        assertThat(model.dataProperty().get().range()).isEqualTo(shifted);
        model.resetZoom();
        assertThat(model.dataProperty().get().range()).isEqualTo(model.homeRange());
    }

    @Test
    void focusMetricShowsOnlyThatSeriesOverTheIncident() {
        model.zoomTo(TimeRange.of(incident.windowStart(), Duration.ofMinutes(5)));
        model.focusMetric(incident.serviceName(), "http_error_ratio");
        assertThat(model.selection()).containsExactly(new MetricRef(incident.serviceName(), "http_error_ratio"));
        assertThat(model.dataProperty().get().series()).extracting(PlotSeries::name).containsExactly("http_error_ratio");
        assertThat(model.visibleRangeProperty().get()).isEqualTo(model.homeRange());
    }

    @Test
    void aFocusRequestedBeforeTheCatalogueArrivesIsKept() {
        MetricsViewModel fresh = new MetricsViewModel(source, incident, new SameThreadTaskRunner(problems));
        fresh.focusMetric(incident.serviceName(), "http_latency_p99_ms");
        fresh.open();
        assertThat(fresh.selection()).containsExactly(new MetricRef(incident.serviceName(), "http_latency_p99_ms"));
    }

    @Test
    void markersAreTheChangesInTheVisibleRange() {
        TimeRange range = model.visibleRangeProperty().get();
        var deployments = source.deployments(range, Cancellation.none());
        var configChanges = source.configChanges(range, Cancellation.none());
        List<ChartMarker> markers = model.dataProperty().get().markers();
        assertThat(markers).hasSize(deployments.size() + configChanges.size()).isNotEmpty();
        assertThat(markers).filteredOn(m -> m.kind() == ChartMarker.Kind.DEPLOYMENT)
                .extracting(ChartMarker::atMicros)
                .containsExactlyInAnyOrderElementsOf(deployments.stream().map(d -> Micros.of(d.startedAt())).toList());
        assertThat(markers).allSatisfy(m -> assertThat(m.title()).containsAnyOf("Deployment · ", "Config change · "));
        configChanges.forEach(c -> assertThat(markers).anySatisfy(m -> assertThat(m.tooltipText()).contains("→")));
    }

    @Test
    void anotherAggregationReadsAgain() {
        model.aggregationProperty().set(Aggregation.P99);
        ChartData data = model.dataProperty().get();
        MetricRef first = model.selection().getFirst();
        MetricSeries direct = source.series(new SeriesQuery(first.service(), first.metric(), Map.of(),
                new TimeRange(data.range().start().minus(data.bucket()), data.range().end().plus(data.bucket())),
                data.bucket(), Aggregation.P99), Cancellation.none());
        assertThat(data.series().getFirst().y()).containsExactly(direct.values());
    }

    @Test
    void aFixedBucketOverridesTheAutomaticOne() {
        model.fixedBucketProperty().set(Duration.ofMinutes(5));
        assertThat(model.dataProperty().get().bucket()).isEqualTo(Duration.ofMinutes(5));
        model.fixedBucketProperty().set(null);
        assertThat(model.dataProperty().get().bucket()).isNotEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aSeriesOverThePointBudgetIsDownsampledKeepingItsEnds() {
        model.fixedBucketProperty().set(Duration.ofSeconds(10));
        model.setPlotWidth(150);
        ChartData data = model.dataProperty().get();
        PlotSeries drawn = data.series().getFirst();
        assertThat(data.bucketsRead()).isGreaterThan(4L * 500);
        assertThat(drawn.size()).isEqualTo(500);
        MetricRef first = model.selection().getFirst();
        MetricSeries direct = source.series(new SeriesQuery(first.service(), first.metric(), Map.of(),
                new TimeRange(data.range().start().minus(data.bucket()), data.range().end().plus(data.bucket())),
                data.bucket(), Aggregation.AVG), Cancellation.none());
        assertThat(drawn.xMicros()[0]).isEqualTo(direct.bucketStartMicros()[0]);
        assertThat(drawn.y()[drawn.size() - 1]).isEqualTo(direct.values()[direct.size() - 1]);
    }

    @Test
    void aLabelFilterReadsOnlyThatPoolsPoints() {
        MetricRef payments = new MetricRef("payments", "db_pool_connections_in_use");
        model.select(List.of(payments));
        model.labelFilterProperty().set(Map.of("pool", "payments-ro"));
        ChartData data = model.dataProperty().get();
        MetricSeries direct = source.series(new SeriesQuery(payments.service(), payments.metric(),
                Map.of("pool", "payments-ro"), new TimeRange(data.range().start().minus(data.bucket()),
                data.range().end().plus(data.bucket())), data.bucket(), Aggregation.AVG), Cancellation.none());
        assertThat(direct.size()).isPositive();
        assertThat(data.series().getFirst().y()).containsExactly(direct.values());
    }

    @Test
    void typingPoolFindsTheConnectionPoolMetric() {
        assertThat(model.options().stream().filter(o -> o.matches("pool")))
                .extracting(MetricOption::metric).contains("db_pool_connections_in_use");
        assertThat(model.options().stream().filter(o -> o.matches("pool " + incident.serviceName())))
                .allSatisfy(o -> assertThat(o.service()).isEqualTo(incident.serviceName()));
        assertThat(model.options()).anySatisfy(o -> assertThat(o.unit()).isNotBlank());
    }

    @Test
    void selectingAndDeselectingChangesTheSeriesDrawn() {
        MetricRef pool = model.options().stream().filter(o -> o.matches("db_pool_connections_in_use"))
                .findFirst().orElseThrow().ref();
        model.select(List.of(pool));
        model.setSelected(new MetricRef(incident.serviceName(), "http_error_ratio"), true);
        assertThat(model.dataProperty().get().series()).hasSize(2);
        model.setSelected(pool, false);
        assertThat(model.dataProperty().get().series()).hasSize(1);
    }
}
