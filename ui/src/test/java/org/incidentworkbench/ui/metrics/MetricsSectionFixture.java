package org.incidentworkbench.ui.metrics;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.FxTaskRunner;
import org.incidentworkbench.ui.testing.MemoryFeedback;
import org.incidentworkbench.ui.testing.UiSample;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.testing.NoNavigation;
import org.incidentworkbench.ui.workspace.WorkspaceContext;
import org.testfx.util.WaitForAsyncUtils;

/** A Metrics section on the sample, with the app's real task runner, as the view tests click through it. */
final class MetricsSectionFixture implements AutoCloseable {

    /** The machine's zone as the tests pretend it: far from UTC, with a half-hour offset. */
    static final ZoneId LOCAL = ZoneId.of("Asia/Kolkata");

    final Problems problems = new Problems(Clock.systemUTC());
    final IncidentSource source = UiSample.open();
    final Incident incident = source.incidents(Cancellation.none()).getFirst();
    final FxTaskRunner tasks = new FxTaskRunner(problems);
    final TimeZoneSetting timeZone = new TimeZoneSetting(LOCAL);
    final MetricsSection section = new MetricsSection(new WorkspaceContext(source, incident, tasks, timeZone,
            new NoNavigation(), MemoryFeedback.source()));

    MetricsViewModel model() {
        return section.model();
    }

    /** Waits until no read is running and the drawn data is for the visible range. */
    void awaitData() {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model().loadingProperty().get()
                    && model().visibleRangeProperty().get().equals(model().dataProperty().get().range()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the chart data never arrived", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        section.dispose();
        tasks.close();
        source.close();
    }
}
