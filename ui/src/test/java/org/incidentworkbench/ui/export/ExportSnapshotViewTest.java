package org.incidentworkbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.storage.export.ManifestVerifier;
import org.incidentworkbench.storage.export.TableCheck;
import org.incidentworkbench.ui.shell.WorkspaceTools;
import org.incidentworkbench.ui.testing.SnapshotWorkspaceViewTest;
import org.incidentworkbench.ui.testing.StorageTools;
import org.junit.jupiter.api.Test;

/**
 * "Export snapshot…" clicked through headless on a snapshot workspace with the real exporter: a
 * file that verifies against its manifest, a cancel that leaves nothing, a folder that does not
 * exist, each in light and dark.
 */
class ExportSnapshotViewTest extends SnapshotWorkspaceViewTest {

    /** Where the save dialog stand-in says to write. */
    private Path chosen;

    @Test
    void anExportWritesASnapshotThatVerifiesAndSaysWhereHowLargeAndHowManyRows() throws Exception {
        open(StorageTools.exportOnly());
        chosen = Files.createDirectory(dir.resolve("out")).resolve("review-copy.duckdb");

        clickOn("#section-content");
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        assertThat(stage()).isEqualTo(ExportStage.OPTIONS);
        assertThat(spinner("#export-margin").getValue()).isEqualTo(30);
        assertThat(spinner("#export-baseline").getValue()).isEqualTo(24);
        assertThat(spinner("#export-hops").getValue()).isEqualTo(2);
        assertThat(lookup("#back-to-incidents").query().isDisabled()).as("the workspace under the card").isTrue();
        screenshots("export-options");

        clickOn("#export-start");
        waitUntil(() -> stage() == ExportStage.DONE);

        List<TableCheck> checks = ManifestVerifier.verify(chosen, Cancellation.none());
        assertThat(checks).isNotEmpty().allMatch(TableCheck::matches);
        long rows = checks.stream().mapToLong(TableCheck::actualRows).sum();
        assertThat(lookup("#export-result-file").queryTextInputControl().getText()).isEqualTo(chosen.toString());
        assertThat(text("#export-result-size")).isEqualTo(ExportFigures.size(Files.size(chosen)));
        assertThat(text("#export-result-rows")).isEqualTo(ExportFigures.count(rows));
        assertThat(text("#export-result-time")).endsWith(" s");
        screenshots("export-done");

        clickOn("#export-done-close");
        assertThat(lookup("#back-to-incidents").query().isDisabled()).isFalse();
        assertThat(problems.currentProperty().get()).isNull();
    }

    @Test
    void cancellingMidExportLeavesNoFileBehind() throws Exception {
        GatedExports gated = new GatedExports(StorageTools.exports(), "log_records");
        WorkspaceTools exportOnly = StorageTools.exportOnly();
        open(new WorkspaceTools(gated, exportOnly.exportDefaults(), exportOnly.feedbackSync()));
        Path out = Files.createDirectory(dir.resolve("out"));
        chosen = out.resolve("cancelled.duckdb");

        clickOn("#export-snapshot-action");
        clickOn("#export-start");
        assertThat(gated.reached.await(60, TimeUnit.SECONDS)).as("the export reached the log records").isTrue();
        waitUntil(() -> text("#export-progress-text").startsWith("log_records · "));
        screenshots("export-progress");

        clickOn("#export-cancel");
        assertThat(lookup("#export-cancel").queryButton().getText()).isEqualTo("Cancelling…");
        gated.release.countDown();
        waitUntil(() -> stage() == ExportStage.OPTIONS);

        assertThat(text("#export-notice")).isEqualTo("Export cancelled: nothing was written.");
        try (var left = Files.list(out)) {
            assertThat(left).as("the target and every temporary file").isEmpty();
        }
        assertThat(problems.currentProperty().get()).isNull();
    }

    @Test
    void anExportIntoAFolderThatDoesNotExistSaysSoAndTheWorkspaceStaysUsable() {
        open(StorageTools.exportOnly());
        chosen = dir.resolve("gone").resolve("review.duckdb");

        clickOn("#export-snapshot-action");
        clickOn("#export-start");
        waitUntil(() -> stage() == ExportStage.FAILED);

        assertThat(text("#export-failure")).contains("review.duckdb").contains("does not exist")
                .doesNotContain("Exception");
        assertThat(problems.currentProperty().get().message()).isEqualTo(text("#export-failure"));
        assertThat(Files.exists(chosen.getParent())).isFalse();
        screenshots("export-failed");

        clickOn("#export-failed-close");
        assertThat(stage()).isEqualTo(ExportStage.CLOSED);
        clickOn("#nav-overview");
        assertThat(lookup("#back-to-incidents").query().isDisabled()).isFalse();
    }

    private void open(WorkspaceTools tools) {
        open(outbox -> tools, (owner, name) -> Optional.of(chosen));
    }

    private ExportStage stage() {
        return workspace.model().export().stageProperty().get();
    }

    @SuppressWarnings("unchecked")
    private Spinner<Integer> spinner(String id) {
        return lookup(id).queryAs(Spinner.class);
    }

    /**
     * The real exporter, held at its first report of some rows of {@code table} until released, so a
     * test can act mid-export. That report is passed on only after the progress pacing's interval, so
     * the card shows it.
     */
    private static final class GatedExports implements SnapshotExports {

        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final SnapshotExports real;
        private final String table;

        GatedExports(SnapshotExports real, String table) {
            this.real = real;
            this.table = table;
        }

        @Override
        public ExportSummary export(IncidentSource source, UUID incidentId, ExportOptions options, Path target,
                                    ExportListener listener, Cancellation cancel) {
            return real.export(source, incidentId, options, target, (t, rows, fraction) -> {
                boolean hold = t.equals(table) && rows > 0 && reached.getCount() > 0;
                if (hold) {
                    pause(() -> Thread.sleep(200));
                }
                listener.progress(t, rows, fraction);
                if (hold) {
                    reached.countDown();
                    pause(() -> release.await(60, TimeUnit.SECONDS));
                }
            }, cancel);
        }

        private static void pause(Waiting waiting) {
            try {
                waiting.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private interface Waiting {
            void run() throws InterruptedException;
        }
    }
}
