package org.incidentworkbench.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import org.incidentworkbench.analysis.state.AppStateStore;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.export.ExportRequest;
import org.incidentworkbench.storage.feedback.FeedbackOutbox;
import org.incidentworkbench.storage.postgres.PostgresConnector;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import org.incidentworkbench.storage.state.SqliteStateStore;
import org.incidentworkbench.ui.export.ExportOptions;
import org.incidentworkbench.ui.overview.OverviewSection;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.shell.MainWindow;
import org.incidentworkbench.ui.shell.ShellViewModel;
import org.incidentworkbench.ui.shell.WorkspaceTools;
import org.incidentworkbench.ui.tasks.FxTaskRunner;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.Section;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * From "Open sample incident" in a running app to the first chart drawn: open the default sample
 * snapshot, read its incidents, open the most pressing one's workspace, load the overview (key
 * signals against the baseline, changes, error counts, sparklines) and lay out its first
 * sparkline, headless (Monocle, software rendering). Each shot starts from a fresh window on the
 * start page; the sample file is generated once beforehand.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class WorkspaceOpenBenchmark {

    private static final long TIMEOUT_SECONDS = 60;
    /** Opening a workspace runs neither its export nor its feedback sync. */
    private static final WorkspaceTools NO_EXPORT_OR_SYNC = new WorkspaceTools(
            (source, incident, options, target, listener, cancel) -> {
                throw new UnsupportedOperationException("this benchmark exports no snapshot");
            }, new ExportOptions(ExportRequest.DEFAULT_MARGIN, ExportRequest.DEFAULT_BASELINE_OFFSET, ExportRequest.DEFAULT_HOPS),
            (snapshot, to, password) -> {
                throw new UnsupportedOperationException("this benchmark syncs no feedback");
            });

    private Path sample;
    private FxTaskRunner tasks;
    private ShellViewModel shell;
    private AppStateStore state;
    private FeedbackOutbox outbox;
    private Stage stage;
    private PostgresConnector connector;

    @Setup(Level.Trial)
    public void startToolkit() throws InterruptedException, IOException {
        sample = SampleSnapshot.defaultScenario();
        // The real state store, as the app writes recent sources and workspaces while opening.
        Path stateDir = Files.createTempDirectory("bench-state");
        stateDir.toFile().deleteOnExit();
        state = SqliteStateStore.open(stateDir.resolve("state.db"));
        outbox = FeedbackOutbox.open(stateDir.resolve("state.db"), Clock.systemUTC());
        connector = new PostgresConnector(Map.of(), SourceProfiles.besideStateFile(stateDir.resolve("state.db")));
        HeadlessToolkit.start();
    }

    @Setup(Level.Invocation)
    public void showStartPage() throws Exception {
        HeadlessToolkit.onFx(() -> {
            Problems problems = new Problems(Clock.systemUTC());
            tasks = new FxTaskRunner(problems);
            shell = new ShellViewModel(DuckDbSnapshots::open, status -> sample, connector, state, tasks,
                    new TimeZoneSetting(ZoneOffset.UTC), Map.of(Section.OVERVIEW, OverviewSection::new), Clock.systemUTC(),
                    new SnapshotFeedbackLogs(outbox), NO_EXPORT_OR_SYNC);
            stage = new Stage();
            stage.setScene(new MainWindow(shell, problems).scene(1440, 900));
            stage.show();
            return null;
        });
    }

    @Benchmark
    @Goal(millis = 1_500, source = "issue 3: open the sample workspace to first chart drawn under 1.5 s")
    public boolean openSampleWorkspaceToFirstChartDrawn() throws Exception {
        CompletableFuture<Boolean> drawn = new CompletableFuture<>();
        Platform.runLater(() -> {
            Scene scene = stage.getScene();
            Runnable check = () -> {
                if (!drawn.isDone() && scene.getRoot().lookupAll(".sparkline").stream().anyMatch(WorkspaceOpenBenchmark::hasLine)) {
                    drawn.complete(true);
                }
            };
            scene.addPostLayoutPulseListener(check);
            drawn.whenComplete((ok, failure) -> Platform.runLater(() -> scene.removePostLayoutPulseListener(check)));
            shell.openSample();
        });
        return drawn.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @TearDown(Level.Invocation)
    public void closeWindow() throws Exception {
        HeadlessToolkit.onFx(() -> {
            stage.close();
            shell.closeSource();
            return null;
        });
        tasks.close();
    }

    /** A sparkline whose line has been laid out: its polyline has points. */
    private static boolean hasLine(Node sparkline) {
        return sparkline instanceof Parent p && p.getChildrenUnmodifiable().stream()
                .anyMatch(c -> c instanceof Polyline line && !line.getPoints().isEmpty());
    }

}
