package org.incidentworkbench.ui.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentworkbench.analysis.connections.SavedConnection;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.incidents.IncidentSummarizer;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.feedback.FeedbackOutbox;
import org.incidentworkbench.storage.feedback.OutboxFeedbackLog;
import org.incidentworkbench.storage.feedback.SnapshotFeedbackTarget;
import org.incidentworkbench.ui.connect.Logins;
import org.incidentworkbench.ui.export.ExportSnapshotViewModel;
import org.incidentworkbench.ui.export.TargetChooser;
import org.incidentworkbench.ui.overview.OverviewSection;
import org.incidentworkbench.ui.shell.WorkspaceTools;
import org.incidentworkbench.ui.sync.SyncFeedbackViewModel;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.Section;
import org.incidentworkbench.ui.workspace.SourceFeedback;
import org.incidentworkbench.ui.workspace.WorkspaceView;
import org.incidentworkbench.ui.workspace.WorkspaceViewModel;

/**
 * A snapshot's workspace as the shell builds it, on real files in {@code dir}: a copy of a snapshot
 * held open read-only, its most pressing incident with the Overview, the feedback outbox in a fresh
 * state file, and the export and sync cards over the given tools.
 */
public final class SnapshotWorkspace implements AutoCloseable {

    public final Path snapshot;
    public final FeedbackOutbox outbox;
    /** Notes recorded in this workspace: committed to the outbox, delivered to the snapshot once it is closed. */
    public final OutboxFeedbackLog notes;
    public final IncidentSource source;
    public final Incident incident;
    public final Logins logins;
    /** The saved connections "Sync feedback" offers. */
    public final ObservableList<SavedConnection> connections = FXCollections.observableArrayList();
    private final TaskRunner tasks;
    private WorkspaceViewModel model;

    /** On a copy of {@code original} in {@code dir}, with a state file of its own there (another machine's). */
    public SnapshotWorkspace(Path original, Path dir, TaskRunner tasks) {
        this.tasks = tasks;
        snapshot = dir.resolve("review.duckdb");
        try {
            Files.copy(original, snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        outbox = FeedbackOutbox.open(dir.resolve("state.db"), Clock.systemUTC());
        notes = OutboxFeedbackLog.deliveringAfterClose(outbox, new SnapshotFeedbackTarget(snapshot));
        source = DuckDbSnapshots.open(snapshot);
        incident = IncidentSummarizer.mostPressing(source.incidents(Cancellation.none())).orElseThrow();
        logins = new Logins(tasks);
    }

    /** The workspace over {@code tools}, its file asked for with {@code chooser}; call on the FX thread. */
    public WorkspaceView open(WorkspaceTools tools, TargetChooser chooser) {
        model = new WorkspaceViewModel(incident, source, new SourceFeedback(notes, true), tasks,
                new TimeZoneSetting(ZoneOffset.UTC), Map.of(Section.OVERVIEW, OverviewSection::new),
                new ExportSnapshotViewModel(source, incident, snapshot, tools.exports(), tools.exportDefaults(), tasks),
                new SyncFeedbackViewModel(snapshot, tools.feedbackSync(), logins, connections, tasks));
        return new WorkspaceView(model, () -> { }, chooser);
    }

    public WorkspaceViewModel model() {
        return model;
    }

    /**
     * Closes the snapshot, writes the notes that waited for that into it (as the shell does), and
     * closes the outbox; once the test has closed the workspace on the FX thread.
     */
    @Override
    public void close() {
        source.close();
        notes.retryPending();
        outbox.close();
    }
}
