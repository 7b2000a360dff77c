package org.incidentworkbench.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import org.incidentworkbench.analysis.incidents.IncidentSummarizer;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.SameThreadTaskRunner;
import org.incidentworkbench.ui.testing.FailingReads;
import org.incidentworkbench.ui.testing.MemoryFeedback;
import org.incidentworkbench.ui.testing.NoNavigation;
import org.incidentworkbench.ui.testing.UiSample;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.WorkspaceContext;
import org.junit.jupiter.api.Test;

/** A source whose metric reads fail: the overview says so in place and in the banner, and loads on a retry. */
class OverviewLoadFailureTest {

    @Test
    void aFailedLoadLeavesTheSpinnerForAPlainMessageAndTryingAgainLoadsTheTiles() {
        Problems problems = new Problems(Clock.systemUTC());
        FailingReads failing = FailingReads.series();
        try (IncidentSource sample = UiSample.open()) {
            IncidentSource source = failing.wrap(sample);
            var incident = IncidentSummarizer.mostPressing(source.incidents(Cancellation.none())).orElseThrow();
            OverviewViewModel model = new OverviewViewModel(new WorkspaceContext(source, incident,
                    new SameThreadTaskRunner(problems), new TimeZoneSetting(ZoneOffset.UTC), new NoNavigation(), MemoryFeedback.source()));

            model.load();

            assertThat(model.statusProperty().get()).isEqualTo(OverviewViewModel.Status.FAILED);
            assertThat(model.failureProperty().get())
                    .isEqualTo("Could not load the overview: " + FailingReads.SLOW);
            assertThat(model.tiles()).isEmpty();
            assertThat(problems.currentProperty().get().message()).isEqualTo(FailingReads.SLOW);

            failing.recovered();
            model.load();

            assertThat(model.statusProperty().get()).isEqualTo(OverviewViewModel.Status.LOADED);
            assertThat(model.failureProperty().get()).isEmpty();
            assertThat(model.tiles()).hasSize(6);
        }
    }
}
