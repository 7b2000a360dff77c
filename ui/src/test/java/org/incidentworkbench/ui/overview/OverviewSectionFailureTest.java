package org.incidentworkbench.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.incidentworkbench.analysis.incidents.IncidentSummarizer;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.FxTaskRunner;
import org.incidentworkbench.ui.testing.FailingReads;
import org.incidentworkbench.ui.testing.MemoryFeedback;
import org.incidentworkbench.ui.testing.NoNavigation;
import org.incidentworkbench.ui.testing.Screenshots;
import org.incidentworkbench.ui.testing.UiSample;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.WorkspaceContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The Overview headless on a source whose metric reads fail: a message in place of the spinner, then a retry. */
class OverviewSectionFailureTest extends ApplicationTest {

    private final Problems problems = new Problems(Clock.systemUTC());
    private final FailingReads failing = FailingReads.series();
    private IncidentSource sample;
    private FxTaskRunner tasks;
    private OverviewSection section;

    @Override
    public void start(Stage stage) {
        sample = UiSample.open();
        IncidentSource source = failing.wrap(sample);
        var incident = IncidentSummarizer.mostPressing(source.incidents(Cancellation.none())).orElseThrow();
        tasks = new FxTaskRunner(problems);
        section = new OverviewSection(new WorkspaceContext(source, incident, tasks,
                new TimeZoneSetting(ZoneOffset.UTC), new NoNavigation(), MemoryFeedback.source()));
        stage.setScene(new Scene((Parent) section.node(), 1000, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        interact(section::dispose);
        tasks.close();
        sample.close();
    }

    @Test
    void aFailedLoadSaysWhyInPlaceAndTryAgainShowsTheTiles() throws TimeoutException {
        waitUntil(() -> lookup("#overview-failed").tryQuery().isPresent());
        assertThat(lookup(".overview-failure").queryLabeled().getText())
                .isEqualTo("Could not load the overview: " + FailingReads.SLOW);
        assertThat(lookup(".progress-indicator").tryQuery()).isEmpty();
        assertThat(problems.currentProperty().get().message()).isEqualTo(FailingReads.SLOW);
        Screenshots.save(section.node(), "overview-load-failed");

        failing.recovered();
        clickOn("#overview-retry");
        waitUntil(() -> lookup(".overview-tile").queryAll().size() == 6);
        assertThat(lookup("#overview-failed").tryQuery()).isEmpty();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
