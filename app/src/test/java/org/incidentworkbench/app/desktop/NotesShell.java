package org.incidentworkbench.app.desktop;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.incidentworkbench.analysis.feedback.Actor;
import org.incidentworkbench.analysis.feedback.FeedbackEvents;
import org.incidentworkbench.analysis.source.SampleIncident;
import org.incidentworkbench.analysis.source.SnapshotOpener;
import org.incidentworkbench.storage.feedback.FeedbackOutbox;
import org.incidentworkbench.storage.postgres.PostgresConnector;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import org.incidentworkbench.storage.state.SqliteStateStore;
import org.incidentworkbench.ui.notes.NoteRow;
import org.incidentworkbench.ui.notes.NotesViewModel;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.shell.ShellViewModel;
import org.incidentworkbench.ui.tasks.SameThreadTaskRunner;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.Section;

/**
 * A shell wired for notes as the desktop app wires it (the outbox in the state file, the real
 * PostgreSQL connector), without a toolkit: its workspaces have the Notes section alone, whose
 * view model a test drives. Closing closes the source, then the outbox and the state file.
 */
final class NotesShell implements AutoCloseable {

    final FeedbackOutbox outbox;
    final ShellViewModel shell;
    private final SqliteStateStore state;
    private final AtomicReference<NotesViewModel> notes = new AtomicReference<>();

    /** Keeps its state file (and an empty profiles folder) in {@code dir}. */
    NotesShell(SnapshotOpener opener, SampleIncident sample, Problems problems, Path dir) {
        state = SqliteStateStore.open(dir.resolve("state.db"));
        outbox = FeedbackOutbox.open(dir.resolve("state.db"), Clock.systemUTC());
        PostgresConnector connector = new PostgresConnector(Map.of(), new SourceProfiles(dir));
        shell = new ShellViewModel(opener, sample, connector, state, new SameThreadTaskRunner(problems),
                new TimeZoneSetting(ZoneOffset.UTC), Map.of(Section.NOTES, context -> {
                    NotesViewModel model = new NotesViewModel(context, new FeedbackEvents(Actor.user("ana")));
                    model.load();
                    notes.set(model);
                    return () -> null;
                }), Clock.systemUTC(), new OutboxFeedbackLogs(outbox, connector),
                StorageSnapshotExports.workspaceTools(outbox, connector, Clock.systemUTC(), new ExportFolders(state)));
    }

    /** The Notes section of the workspace open now. */
    NotesViewModel notes() {
        return notes.get();
    }

    /** Adds a note in the open workspace; the row it got. */
    NoteRow add(String text) {
        notes.get().draftProperty().set(text);
        notes.get().add();
        return notes.get().rows().getFirst();
    }

    @Override
    public void close() {
        shell.closeSource();
        outbox.close();
        state.close();
    }
}
