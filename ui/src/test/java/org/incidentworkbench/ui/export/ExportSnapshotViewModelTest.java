package org.incidentworkbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.DeferredTaskRunner;
import org.junit.jupiter.api.Test;

/** The export card's states without a toolkit, over an exporter that records what it was asked. */
class ExportSnapshotViewModelTest {

    private static final Instant START = Instant.parse("2025-05-13T14:01:50Z");
    private static final Incident INCIDENT = new Incident(UUID.fromString("7c0f2a9e-3b1d-4e8f-9a6b-2d4c8e1f0a3b"),
            UUID.randomUUID(), "checkout", "Checkout error rate at 28% (objective: 99.5% success)", "triaged", "slo", 2,
            START, START.plusSeconds(4410), START, START, null, null, null, null);

    private final Problems problems = new Problems(Clock.systemUTC());
    private final DeferredTaskRunner tasks = new DeferredTaskRunner(problems);
    private final RecordingExports exports = new RecordingExports();
    private final Path snapshot = Path.of("/srv/reviews/checkout.duckdb");
    private final ExportSnapshotViewModel model = new ExportSnapshotViewModel(null, INCIDENT, snapshot, exports,
            new ExportOptions(Duration.ofMinutes(30), Duration.ofDays(1), 2), tasks);

    @Test
    void theSuggestedNameSaysWhichIncidentTheSnapshotHolds() {
        assertThat(model.suggestedFileName()).isEqualTo("checkout-error-rate-at-28-objective-99-5-success-7c0f2a9e.duckdb");
    }

    @Test
    void theOptionsChosenAreWhatTheExporterIsAskedFor() {
        model.chooseTarget(Path.of("/tmp/out.duckdb"));
        model.marginMinutesProperty().set(5);
        model.baselineHoursProperty().set(168);
        model.hopsProperty().set(0);

        model.export();
        tasks.runAll();

        assertThat(exports.asked).containsExactly(new ExportOptions(Duration.ofMinutes(5), Duration.ofDays(7), 0));
        assertThat(model.stageProperty().get()).isEqualTo(ExportStage.DONE);
        assertThat(model.summaryProperty().get().file()).isEqualTo(Path.of("/tmp/out.duckdb"));
    }

    @Test
    void theSnapshotTheWorkspaceReadsIsNotReplaced() {
        model.chooseTarget(snapshot);

        model.export();

        assertThat(model.stageProperty().get()).isEqualTo(ExportStage.FAILED);
        assertThat(model.failureProperty().get()).isEqualTo("This workspace reads checkout.duckdb: choose another file to export to.");
        assertThat(tasks.active()).isEmpty();
        assertThat(exports.asked).isEmpty();
    }

    @Test
    void anExportCancelledFromTheStatusBarReturnsToTheOptionsOnceItHasStopped() {
        model.chooseTarget(Path.of("/tmp/out.duckdb"));
        model.export();

        tasks.active().getFirst().cancel();
        assertThat(model.stageProperty().get()).as("still stopping").isEqualTo(ExportStage.RUNNING);
        tasks.runAll();

        assertThat(model.stageProperty().get()).isEqualTo(ExportStage.OPTIONS);
        assertThat(model.noticeProperty().get()).isEqualTo("Export cancelled: nothing was written.");
        assertThat(model.cancellingProperty().get()).isFalse();
        assertThat(problems.currentProperty().get()).isNull();
    }

    @Test
    void aFailureIsShownOnTheCardAndInTheBanner() {
        exports.failure = new SourceException("Cannot write out.duckdb: the disk is full.");
        model.chooseTarget(Path.of("/tmp/out.duckdb"));

        model.export();
        tasks.runAll();

        assertThat(model.stageProperty().get()).isEqualTo(ExportStage.FAILED);
        assertThat(model.failureProperty().get()).isEqualTo("Cannot write out.duckdb: the disk is full.");
        assertThat(problems.currentProperty().get().message()).isEqualTo(model.failureProperty().get());
    }

    /** Answers at once, or fails with {@link #failure}; a cancelled export stops as the real one does. */
    private static final class RecordingExports implements SnapshotExports {

        final List<ExportOptions> asked = new ArrayList<>();
        RuntimeException failure;

        @Override
        public ExportSummary export(IncidentSource source, UUID incidentId, ExportOptions options, Path target,
                                    ExportListener listener, Cancellation cancel) {
            cancel.throwIfCancelled();
            asked.add(options);
            if (failure != null) {
                throw failure;
            }
            return new ExportSummary(target, 1024, 10, Duration.ofSeconds(1));
        }
    }
}
