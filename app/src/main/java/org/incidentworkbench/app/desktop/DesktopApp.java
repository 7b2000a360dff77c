package org.incidentworkbench.app.desktop;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.incidentworkbench.analysis.source.SampleIncident;
import org.incidentworkbench.analysis.source.SnapshotOpener;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.app.cli.CommandFailure;
import org.incidentworkbench.storage.feedback.FeedbackOutbox;
import org.incidentworkbench.storage.postgres.PostgresConnector;
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
 * the shell and its window with plain constructors, and returns when the window is closed, after
 * writing the notes that waited for their snapshot to be closed. Notes an earlier run left pending
 * are written as it starts ({@link PendingNotesAtStart}).
 */
public final class DesktopApp implements Desktop {

    private final Path stateFile;
    private final SnapshotOpener opener;
    private final SampleIncident sample;
    private final PostgresConnector connector;
    private final Map<Section, SectionFactory> sections;

    public DesktopApp(Path stateFile, SnapshotOpener opener, SampleIncident sample, PostgresConnector connector,
                      Map<Section, SectionFactory> sections) {
        this.stateFile = stateFile;
        this.opener = opener;
        this.sample = sample;
        this.connector = connector;
        this.sections = Map.copyOf(sections);
    }

    @Override
    public int run(StartWith start) {
        CountDownLatch closed = new CountDownLatch(1);
        try (SqliteStateStore state = SqliteStateStore.open(stateFile);
             FeedbackOutbox outbox = FeedbackOutbox.open(stateFile, Clock.systemUTC())) {
            Problems problems = new Problems(Clock.systemUTC());
            OutboxFeedbackLogs feedback = new OutboxFeedbackLogs(outbox, connector);
            PendingNotesAtStart pendingNotes = new PendingNotesAtStart(opener, outbox);
            ExportFolders exportFolders = new ExportFolders(state);
            sweepUnfinishedExports(exportFolders.folders());
            try (FxTaskRunner tasks = new FxTaskRunner(problems)) {
                startToolkit(() -> {
                    pendingNotes.deliver(tasks);
                    ShellViewModel shell = new ShellViewModel(pendingNotes, sample, connector, state, tasks,
                            new TimeZoneSetting(ZoneId.systemDefault()), sections, Clock.systemUTC(), feedback,
                            StorageSnapshotExports.workspaceTools(outbox, connector, Clock.systemUTC(), exportFolders));
                    shell.restorePreferences();
                    new MainWindow(shell, problems).showIn(new Stage(), closed::countDown);
                    state.notice().ifPresent(n -> problems.report("Reading the app's saved state", new SourceException(n)));
                    begin(shell, start);
                });
                try {
                    closed.await();
                } finally {
                    Platform.exit();
                }
            }
            feedback.deliverHeld();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Removes, in the background, what exports killed with an earlier run left in the folders they wrote to. */
    private static void sweepUnfinishedExports(List<Path> folders) {
        Instant now = Instant.now();
        Thread.ofPlatform().name("sweep-unfinished-exports").daemon().start(() -> ExportFolders.sweep(folders, now));
    }

    /** Starts JavaFX and runs {@code firstAction} on its thread; fails plainly without a display. */
    private static void startToolkit(Runnable firstAction) {
        try {
            Platform.startup(firstAction);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // Platform.exit() must not follow a failed start: it waits for a toolkit that never came up.
            throw new CommandFailure("cannot open the desktop window (" + e.getMessage()
                    + "); 'workbench summary FILE' prints an incident's summary without one");
        }
    }

    private static void begin(ShellViewModel shell, StartWith start) {
        switch (start) {
            case StartWith.StartPage p -> { }
            case StartWith.Snapshot s -> shell.openSnapshot(s.file());
            case StartWith.SampleIncident s -> shell.openSample();
        }
    }
}
