package org.incidentworkbench.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.SameThreadTaskRunner;
import org.incidentworkbench.ui.testing.MemoryFeedback;
import org.incidentworkbench.ui.testing.RecordingSection;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.junit.jupiter.api.Test;

class WorkspaceSectionsTest {

    private final RecordingSection overview = new RecordingSection(null);
    private final RecordingSection metrics = new RecordingSection(null);
    private final WorkspaceSections sections = new WorkspaceSections(
            Map.of(Section.METRICS, c -> metrics, Section.OVERVIEW, c -> overview), null, MemoryFeedback.source(), null,
            new SameThreadTaskRunner(new Problems(Clock.systemUTC())), new TimeZoneSetting(ZoneOffset.UTC));

    @Test
    void showsExactlyTheRegisteredSectionsInNavigationOrder() {
        assertThat(sections.available()).containsExactly(Section.OVERVIEW, Section.METRICS);
        assertThat(sections.offers(Section.LOGS)).isFalse();
        assertThat(sections.current()).isNull();
    }

    @Test
    void aFocusRequestShowsTheTargetSectionAndReachesIt() {
        sections.show(Section.OVERVIEW);
        sections.showMetric("checkout", "http_error_ratio");

        assertThat(sections.selectedProperty().get()).isEqualTo(Section.METRICS);
        assertThat(sections.current()).isSameAs(metrics);
        assertThat(metrics.calls).containsExactly("metric checkout http_error_ratio");
    }

    @Test
    void aLogQueryShowsLogsAndReachesIt() {
        RecordingSection logs = new RecordingSection(null);
        WorkspaceSections withLogs = new WorkspaceSections(Map.of(Section.OVERVIEW, c -> overview, Section.LOGS, c -> logs),
                null, MemoryFeedback.source(), null, new SameThreadTaskRunner(new Problems(Clock.systemUTC())), new TimeZoneSetting(ZoneOffset.UTC));
        LogQuery query = LogQuery.all(new TimeRange(Instant.parse("2025-05-13T14:00:00Z"), Instant.parse("2025-05-13T15:00:00Z")))
                .withServices(Set.of("payments")).withSeverities(Set.of(Severity.ERROR)).withTemplate("pool <*> exhausted");
        withLogs.show(Section.OVERVIEW);
        withLogs.showLogs(query);

        assertThat(withLogs.selectedProperty().get()).isEqualTo(Section.LOGS);
        assertThat(logs.calls).containsExactly("logs " + query);
    }

    @Test
    void aRequestForASectionTheWorkspaceLacksLeavesTheCurrentOneShown() {
        sections.show(Section.OVERVIEW);
        sections.showLogs(Set.of(Severity.ERROR));
        sections.show(Section.LOGS);

        assertThat(sections.selectedProperty().get()).isEqualTo(Section.OVERVIEW);
    }

    @Test
    void closingDisposesTheSectionsBuiltSoFar() {
        sections.show(Section.OVERVIEW);
        sections.dispose();

        assertThat(overview.calls).containsExactly("dispose");
        assertThat(metrics.calls).isEmpty();
    }
}
