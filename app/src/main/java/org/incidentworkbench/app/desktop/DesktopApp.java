package org.incidentworkbench.app.desktop;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.incidentworkbench.analysis.source.SampleIncident;
import org.incidentworkbench.analysis.source.SnapshotOpener;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.state.SqliteStateStore;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.shell.MainWindow;
import org.incidentworkbench.ui.shell.ShellViewModel;
import org.incidentworkbench.ui.tasks.FxTaskRunner;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.Section;
import org.incidentworkbench.ui.workspace.SectionFactory;

/**
 * The desktop app: opens the state store, starts the toolkit with {@link Platform#startup}, builds
 * the shell and its window with plain constructors, and returns when the window is closed.
 */
public final class DesktopApp implements Desktop {

    private final Path stateFile;
    private final SnapshotOpener opener;
    private final SampleIncident sample;
    private final Map<Section, SectionFactory> sections;

    public DesktopApp(Path stateFile, SnapshotOpener opener, SampleIncident sample, Map<Section, SectionFactory> sections) {
        this.stateFile = stateFile;
        this.opener = opener;
        this.sample = sample;
        this.sections = Map.copyOf(sections);
    }

    @Override
    public int run(StartWith start) {
        CountDownLatch closed = new CountDownLatch(1);
        try (SqliteStateStore state = SqliteStateStore.open(stateFile)) {
            Problems problems = new Problems(Clock.systemUTC());
            try (FxTaskRunner tasks = new FxTaskRunner(problems)) {
                Platform.startup(() -> {
                    ShellViewModel shell = new ShellViewModel(opener, sample, state, tasks,
                            new TimeZoneSetting(ZoneId.systemDefault()), sections, Clock.systemUTC());
                    shell.restorePreferences();
                    Stage stage = new Stage();
                    new MainWindow(shell, problems).showIn(stage, closed::countDown);
                    state.notice().ifPresent(n -> problems.report("Reading the app's saved state", new SourceException(n)));
                    begin(shell, start);
                });
                closed.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Platform.exit();
        }
        return 0;
    }

    private static void begin(ShellViewModel shell, StartWith start) {
        switch (start) {
            case StartWith.StartPage p -> { }
            case StartWith.Snapshot s -> shell.openSnapshot(s.file());
            case StartWith.SampleIncident s -> shell.openSample();
        }
    }
}
