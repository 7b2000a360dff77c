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
                new TimeZoneSetting(ZoneOffset.UTC), new RecordingNavigator()));
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
    }
}
