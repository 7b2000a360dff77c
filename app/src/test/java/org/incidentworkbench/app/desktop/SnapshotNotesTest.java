package org.incidentworkbench.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.incidentworkbench.analysis.feedback.Actor;
import org.incidentworkbench.analysis.feedback.FeedbackEvents;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.sample.SampleGenerator;
import org.incidentworkbench.sample.SampleSpec;
import org.incidentworkbench.sample.Scenario;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.feedback.FeedbackOutbox;
import org.incidentworkbench.storage.feedback.SnapshotFeedbackTarget;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note added in a snapshot workspace, wired as the desktop app wires it: committed to the
 * outbox and shown pending while the workspace holds the snapshot, written to the snapshot's
 * {@code feedback_events} once the shell closes it.
 */
class SnapshotNotesTest {

    @TempDir
    Path dir;

    @Test
    void aNoteIsPendingWhileTheSnapshotIsOpenAndInItsFeedbackEventsOnceItIsClosed() {
        Path snapshot = dir.resolve("review.duckdb");
        SampleGenerator.generate(SampleSpec.small(Scenario.defaultScenario(), SampleSpec.DEFAULT_SEED), snapshot);
        AtomicReference<NotesViewModel> notes = new AtomicReference<>();
        try (SqliteStateStore state = SqliteStateStore.open(dir.resolve("state.db"));
             FeedbackOutbox outbox = FeedbackOutbox.open(dir.resolve("state.db"), Clock.systemUTC())) {
            PostgresConnector connector = new PostgresConnector(Map.of(), new SourceProfiles(dir));
            ShellViewModel shell = new ShellViewModel(DuckDbSnapshots::open, status -> snapshot, connector, state,
                    new SameThreadTaskRunner(new Problems(Clock.systemUTC())), new TimeZoneSetting(ZoneOffset.UTC),
                    Map.of(Section.NOTES, context -> {
                        NotesViewModel model = new NotesViewModel(context, new FeedbackEvents(Actor.user("ana")));
                        model.load();
                        notes.set(model);
                        return () -> null;
                    }), Clock.systemUTC(), new OutboxFeedbackLogs(outbox, connector),
                    StorageSnapshotExports.workspaceTools(outbox, connector, Clock.systemUTC()));

            shell.openSample();
            notes.get().draftProperty().set("Rolled back payments at 14:40.");
            notes.get().add();

            NoteRow added = notes.get().rows().getFirst();
            assertThat(added.pending()).isTrue();
            String home = new SnapshotFeedbackTarget(snapshot).name();
            assertThat(outbox.pending(home, home, 10)).extracting(FeedbackEvent::id).containsExactly(added.id());

            shell.closeSource();

            assertThat(outbox.pending(home, home, 10)).isEmpty();
            try (IncidentSource reopened = DuckDbSnapshots.open(snapshot)) {
                assertThat(reopened.feedback(outbox.all(home).getFirst().incidentId(), Cancellation.none()))
                        .extracting(FeedbackEvent::id).containsOnlyOnce(added.id());
            }
        }
    }
}
