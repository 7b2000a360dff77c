package org.incidentworkbench.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.incidentworkbench.analysis.feedback.Actor;
import org.incidentworkbench.analysis.feedback.FeedbackEvents;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.app.SnapshotEdit;
import org.incidentworkbench.sample.SampleGenerator;
import org.incidentworkbench.sample.SampleSpec;
import org.incidentworkbench.sample.Scenario;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.export.CheckedSnapshotOpener;
import org.incidentworkbench.storage.export.ExportProgress;
import org.incidentworkbench.storage.export.ExportRequest;
import org.incidentworkbench.storage.export.SnapshotExporter;
import org.incidentworkbench.storage.feedback.FeedbackOutbox;
import org.incidentworkbench.storage.feedback.SnapshotFeedbackTarget;
import org.incidentworkbench.ui.notes.NoteRow;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes in a snapshot workspace, wired as the desktop app wires them: committed to the outbox and
 * shown pending while the workspace holds the snapshot, written to the snapshot's
 * {@code feedback_events} once the shell closes it, whatever the snapshot's state.
 */
class SnapshotNotesTest {

    @TempDir
    static Path shared;
    static Path sample;
    /** The sample's first incident exported (its service alone, a minute of margin): a snapshot with a manifest. */
    static Path exported;

    @TempDir
    Path dir;

    private final Problems problems = new Problems(Clock.systemUTC());
    private NotesShell app;
    private FeedbackOutbox outbox;
    private ShellViewModel shell;

    @BeforeAll
    static void generate() {
        sample = shared.resolve("sample.duckdb");
        SampleGenerator.generate(SampleSpec.small(Scenario.defaultScenario(), SampleSpec.DEFAULT_SEED), sample);
        exported = shared.resolve("export.duckdb");
        try (IncidentSource source = DuckDbSnapshots.open(sample)) {
            ExportRequest request = new ExportRequest(source.incidents(Cancellation.none()).getFirst().id(),
                    Duration.ofMinutes(1), ExportRequest.DEFAULT_BASELINE_OFFSET, 0);
            new SnapshotExporter(Clock.systemUTC()).export(source, request, exported, ExportProgress.NONE, Cancellation.none());
        }
    }

    @BeforeEach
    void openShell() throws Exception {
        Path review = Files.copy(sample, dir.resolve("review.duckdb"));
        app = new NotesShell(new CheckedSnapshotOpener(), status -> review, problems, dir);
        shell = app.shell;
        outbox = app.outbox;
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aNoteIsPendingWhileTheSnapshotIsOpenAndInItsFeedbackEventsOnceItIsClosed() {
        Path snapshot = dir.resolve("review.duckdb");
        shell.openSample();

        NoteRow added = app.add("Rolled back payments at 14:40.");

        assertThat(added.pending()).isTrue();
        String home = new SnapshotFeedbackTarget(snapshot).name();
        assertThat(outbox.pending(home, home, 10)).extracting(FeedbackEvent::id).containsExactly(added.id());

        shell.closeSource();

        assertThat(outbox.pending(home, home, 10)).isEmpty();
        assertThat(feedbackIn(snapshot, outbox.all(home).getFirst().incidentId())).extracting(FeedbackEvent::id)
                .containsOnlyOnce(added.id());
    }

    @Test
    void anAlteredSnapshotShowsTheBannerAndLosesNoNoteEitherWaitingOrAddedInIt() throws Exception {
        Path tampered = Files.copy(exported, dir.resolve("tampered.duckdb"));
        SnapshotEdit.run(tampered, "UPDATE log_records SET body = 'edited' WHERE log_id = (SELECT min(log_id) FROM log_records)");
        String home = new SnapshotFeedbackTarget(tampered).name();
        UUID incident = firstIncident(tampered);
        FeedbackEvent waiting = new FeedbackEvents(Actor.user("bo")).note(incident, "Written before the file was edited.");
        outbox.record(waiting, home);

        shell.openSnapshot(tampered);

        assertThat(problems.currentProperty().get().message()).contains("tampered.duckdb")
                .contains("log_records was changed after export");
        shell.openIncident(shell.incidentListProperty().get().rows().getFirst());
        NoteRow added = app.add("Reviewed despite the edited log line.");
        assertThat(app.notes().rows()).extracting(NoteRow::id).contains(waiting.id(), added.id());
        assertThat(app.notes().pendingProperty().get()).isEqualTo(2);

        shell.closeSource();

        assertThat(outbox.homesWithPending()).isEmpty();
        assertThat(feedbackIn(tampered, incident)).extracting(FeedbackEvent::id).containsOnlyOnce(waiting.id(), added.id());
        problems.dismiss();
        shell.openSnapshot(tampered);
        assertThat(problems.currentProperty().get().message()).as("the notes appended are no alteration")
                .contains("log_records was changed after export").doesNotContain("feedback_events");
    }

    private static UUID firstIncident(Path snapshot) {
        try (IncidentSource source = DuckDbSnapshots.open(snapshot)) {
            return source.incidents(Cancellation.none()).getFirst().id();
        }
    }

    private static List<FeedbackEvent> feedbackIn(Path snapshot, UUID incident) {
        try (IncidentSource source = DuckDbSnapshots.open(snapshot)) {
            return source.feedback(incident, Cancellation.none());
        }
    }
}
