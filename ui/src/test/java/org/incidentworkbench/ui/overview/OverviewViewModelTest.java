package org.incidentworkbench.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.incidents.IncidentSummarizer;
import org.incidentworkbench.analysis.logs.LogCursor;
import org.incidentworkbench.analysis.logs.LogPage;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.MetricSeries;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.SameThreadTaskRunner;
import org.incidentworkbench.ui.testing.MemoryFeedback;
import org.incidentworkbench.ui.testing.UiSample;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.Navigator;
import org.incidentworkbench.ui.workspace.Section;
import org.incidentworkbench.ui.workspace.WorkspaceContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The overview's figures on the small sample, checked against reads of the source made here. */
class OverviewViewModelTest {

    private static IncidentSource source;
    private static Incident incident;
    private static OverviewViewModel model;
    private static final List<String> navigation = new ArrayList<>();
    private static final Problems problems = new Problems(Clock.systemUTC());

    @BeforeAll
    static void load() {
        source = UiSample.open();
        incident = IncidentSummarizer.mostPressing(source.incidents(Cancellation.none())).orElseThrow();
        model = new OverviewViewModel(new WorkspaceContext(source, incident, new SameThreadTaskRunner(problems),
                new TimeZoneSetting(ZoneOffset.UTC), new RecordingNavigator(), MemoryFeedback.source()));
        model.load();
    }

    @AfterAll
    static void close() {
        source.close();
    }

    @Test
    void showsTheFourKeySignalsThenChangesThenErrorLogs() {
        assertThat(problems.currentProperty().get()).isNull();
        assertThat(model.tiles()).extracting(OverviewTile::title).containsExactly(
                "Request rate", "Error rate", "P99 latency", "Saturation", "Changes (deploys, config)", "Error logs");
        assertThat(model.baselineText().get()).startsWith("Window against the hour before (");
    }

    @Test
    void theRequestRateIsTheMeanOfEveryPointInTheWindow() {
        MetricSeries s = source.series(new SeriesQuery(incident.serviceName(), "http_requests_per_second", Map.of(),
                window(), Duration.ofMinutes(1), Aggregation.AVG), Cancellation.none());
        double sum = 0;
        long n = 0;
        for (int i = 0; i < s.size(); i++) {
            sum += s.value(i) * s.count(i);
            n += s.count(i);
        }
        OverviewTile tile = model.tiles().get(0);
        assertThat(tile.value()).isEqualTo(Figures.amount(sum / n, "1/s"));
        assertThat(tile.unit()).isEqualTo("/s");
        assertThat(tile.reported()).isTrue();
        assertThat(tile.sparkline()).hasSizeBetween(OverviewLoader.SPARK_POINTS - 2, OverviewLoader.SPARK_POINTS + 2);
    }

    @Test
    void theSaturationTileShowsTheFullestPoolAroundTheIncidentServiceAsAShareOfItsCapacity() {
        Map<String, String> pool = Map.of("pool", "payments-rw");
        TimeRange hourBefore = new TimeRange(incident.windowStart().minus(Duration.ofHours(1)), incident.windowStart());
        double during = peakShare("payments", pool, window());
        double before = peakShare("payments", pool, hourBefore);

        OverviewTile tile = model.tiles().get(3);
        assertThat(incident.serviceName()).isEqualTo("checkout");
        assertThat(during).isEqualTo(1.0);
        assertThat(tile.caption()).isEqualTo("payments · pool payments-rw");
        assertThat(tile.value()).isEqualTo(Figures.amount(during, Figures.UTILISATION));
        assertThat(tile.unit()).isEqualTo("%");
        assertThat(tile.comparison()).startsWith("baseline " + Figures.value(before, Figures.UTILISATION) + "  ×");
        assertThat(tile.unusual()).isTrue();
        assertThat(Arrays.stream(tile.sparkline()).boxed().toList()).isNotEmpty().allSatisfy(share -> assertThat(share).isBetween(0.0, 1.0));

        navigation.clear();
        model.open(tile);
        assertThat(navigation).containsExactly("metric payments db_pool_connections_in_use");
    }

    @Test
    void theErrorLogCountIsEveryErrorAndFatalRecordOfTheServiceInTheWindow() {
        LogQuery query = LogQuery.all(window()).withServices(Set.of(incident.serviceName()))
                .withSeverities(EnumSet.of(Severity.ERROR, Severity.FATAL));
        long count = 0;
        LogCursor after = null;
        do {
            LogPage page = source.logs(query, after, 5_000, Cancellation.none());
            count += page.records().size();
            after = page.next().orElse(null);
        } while (after != null);

        OverviewTile tile = model.tiles().get(5);
        assertThat(count).isPositive();
        assertThat(tile.value()).isEqualTo(Figures.count(count));
        assertThat(Arrays.stream(tile.sparkline()).sum()).isEqualTo(count);
    }

    @Test
    void theChangesTileCountsDeploymentsAndConfigChangesInTheWindow() {
        long changes = source.deployments(window(), Cancellation.none()).size()
                + source.configChanges(window(), Cancellation.none()).size();
        assertThat(model.tiles().get(4).value()).isEqualTo(Figures.count(changes));
    }

    @Test
    void eachTileLeadsToTheSectionThatShowsItInFull() {
        navigation.clear();
        model.open(model.tiles().get(1));
        model.open(model.tiles().get(5));
        model.open(model.tiles().get(4));

        assertThat(navigation).containsExactly("metric " + incident.serviceName() + " http_error_ratio",
                "logs [ERROR, FATAL]", "show METRICS");
    }

    /** The pool's highest one-minute share of its capacity in the range, read here minute by minute. */
    private static double peakShare(String service, Map<String, String> pool, TimeRange range) {
        MetricSeries used = source.series(new SeriesQuery(service, "db_pool_connections_in_use", pool, range,
                Duration.ofMinutes(1), Aggregation.AVG), Cancellation.none());
        MetricSeries max = source.series(new SeriesQuery(service, "db_pool_connections_max", pool, range,
                Duration.ofMinutes(1), Aggregation.AVG), Cancellation.none());
        assertThat(max.bucketStartMicros()).isEqualTo(used.bucketStartMicros());
        double peak = 0;
        for (int i = 0; i < used.size(); i++) {
            peak = Math.max(peak, used.value(i) / max.value(i));
        }
        return peak;
    }

    private static TimeRange window() {
        return new TimeRange(incident.windowStart(), incident.windowEnd());
    }

    private static final class RecordingNavigator implements Navigator {
        @Override
        public void show(Section section) {
            navigation.add("show " + section);
        }

        @Override
        public void showMetric(String service, String metric) {
            navigation.add("metric " + service + " " + metric);
        }

        @Override
        public void showLogs(Set<Severity> severities) {
            navigation.add("logs " + severities.stream().sorted().toList());
        }

        @Override
        public void showLogs(LogQuery query) {
            navigation.add("logs " + query);
        }
    }
}
