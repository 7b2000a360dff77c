package org.incidentworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.incidentworkbench.analysis.state.RecentSource;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.ui.overview.OverviewSection;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.FxTaskRunner;
import org.incidentworkbench.analysis.state.AppStateStore;
import org.incidentworkbench.ui.testing.FakeDatabase;
import org.incidentworkbench.ui.testing.FreshStateStore;
import org.incidentworkbench.ui.testing.MemoryFeedback;
import org.incidentworkbench.ui.testing.RecordingSection;
import org.incidentworkbench.ui.testing.Screenshots;
import org.incidentworkbench.ui.testing.StorageTools;
import org.incidentworkbench.ui.testing.UiSample;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window clicked through headless on the small sample: start page, incident list, workspace,
 * overview tiles, a click-through, the dark theme, a bad file that leaves the app usable, and a
 * background task in the status bar.
 * Metrics is stood in for by a section that records what it was asked to show.
 */
class WorkbenchWindowTest extends ApplicationTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems(Clock.systemUTC());
    private RecordingSection metrics;
    /** When set, preparing the sample waits for it, as a first-run generation takes a while. */
    private volatile CountDownLatch sampleGeneration;
    private FxTaskRunner tasks;
    private ShellViewModel shell;
    private MainWindow window;
    private Stage stage;
    private AppStateStore state;
    private volatile boolean closed;

    @Override
    public void start(Stage stage) {
        metrics = new RecordingSection(new Label("Metrics stand-in"));
        AppStateStore state = FreshStateStore.open();
        state.rememberSource(new RecentSource("duckdb", "/srv/snapshots/payments-2026-11-02.duckdb",
                "payments-2026-11-02.duckdb", Instant.parse("2026-11-03T09:15:00Z")));
        tasks = new FxTaskRunner(problems);
        shell = new ShellViewModel(DuckDbSnapshots::open, this::prepareSample, new FakeDatabase(), state, tasks,
                new TimeZoneSetting(ZoneId.of("Europe/Berlin")),
                Map.of(Section.OVERVIEW, OverviewSection::new, Section.METRICS, c -> metrics), Clock.systemUTC(),
                new MemoryFeedback(), StorageTools.exportOnly());
        shell.restorePreferences();
        window = new MainWindow(shell, problems);
        this.stage = stage;
        this.state = state;
        window.showIn(stage, () -> closed = true);
    }

    @AfterEach
    void close() {
        interact(() -> {
            shell.closeSource();
            shell.themeProperty().set(Theme.LIGHT);
        });
        tasks.close();
    }

    @Test
    void clickThroughFromTheStartPageToAnOverviewTile() throws Exception {
        waitUntil(() -> lookup("#recent-sources").queryListView().getItems().size() == 1);
        Screenshots.save(window, "start-screen");

        interact(() -> shell.openSnapshot(UiSample.file()));
        waitUntil(() -> !lookup("#incident-table").queryAll().isEmpty());
        TableView<?> table = lookup("#incident-table").queryTableView();
        assertThat(table.getItems()).isNotEmpty();
        Screenshots.save(window, "incident-list");

        clickOn("#incident-filter").write("checkout");
        assertThat(table.getItems()).isNotEmpty();
        Node firstRow = lookup(".table-row-cell").nth(0).query();
        doubleClickOn(firstRow);
        waitUntil(() -> shell.pageProperty().get() == Page.WORKSPACE);
        waitUntil(() -> lookup(".overview-tile").queryAll().size() == 6);
        assertThat(lookup("#workspace-title").queryLabeled().getText()).isEqualTo(shell.workspaceProperty().get().title());
        Screenshots.save(window, "workspace-overview");

        clickOn("#zone-utc");
        assertThat(lookup("#workspace-window").queryLabeled().getText()).endsWith("UTC");

        interact(() -> shell.themeProperty().set(Theme.DARK));
        Screenshots.save(window, "workspace-overview-dark");

        clickOn("#tile-request-rate");
        assertThat(metrics.calls).containsExactly("metric " + shell.workspaceProperty().get().service() + " http_requests_per_second");
        assertThat(lookup("Metrics stand-in").tryQuery()).isPresent();
        assertThat(problems.currentProperty().get()).isNull();
    }

    @Test
    void aFileThatIsNotASnapshotShowsItsPlainMessageAndTheAppStaysUsable() throws Exception {
        byte[] noise = new byte[4096];
        new Random(11).nextBytes(noise);
        Path bad = Files.write(dir.resolve("random.duckdb"), noise);

        interact(() -> shell.openSnapshot(bad));
        waitUntil(() -> problems.currentProperty().get() != null);
        Label message = lookup("#problem-message").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("random.duckdb").doesNotContain("Exception");
        Screenshots.save(window, "bad-file");

        clickOn("#dismiss-problem");
        assertThat(problems.currentProperty().get()).isNull();
        clickOn("#open-sample");
        waitUntil(() -> shell.pageProperty().get() == Page.WORKSPACE);
    }

    @Test
    void aRunningTaskShowsInTheStatusBarWithItsProgressAndCanBeCancelled() throws Exception {
        sampleGeneration = new CountDownLatch(1);
        clickOn("#open-sample");
        waitUntil(() -> lookup(".task-cancel").tryQuery().isPresent()
                && lookup("generating the sample incident").tryQuery().isPresent());
        Screenshots.save(window, "status-bar-task");

        clickOn(".task-cancel");
        sampleGeneration.countDown();
        waitUntil(() -> tasks.active().isEmpty());
        assertThat(lookup(".task-cancel").tryQuery()).isEmpty();
        assertThat(shell.pageProperty().get()).isEqualTo(Page.START);
        assertThat(problems.currentProperty().get()).isNull();
    }

    @Test
    void closingTheWindowRemembersItsSizeAndClosesTheSource() throws Exception {
        clickOn("#open-sample");
        waitUntil(() -> shell.pageProperty().get() == Page.WORKSPACE);

        interact(stage::hide);

        assertThat(closed).isTrue();
        assertThat(shell.pageProperty().get()).isEqualTo(Page.START);
        assertThat(state.preference("window-width")).hasValue("1440");
        assertThat(state.preference("window-height")).hasValue("900");
    }

    private Path prepareSample(Consumer<String> status) {
        if (sampleGeneration != null) {
            status.accept("generating the sample incident");
            try {
                sampleGeneration.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return UiSample.file();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
