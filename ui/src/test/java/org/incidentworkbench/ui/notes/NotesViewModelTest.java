package org.incidentworkbench.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.incidentworkbench.analysis.feedback.FeedbackLog.LoggedFeedback;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.storage.feedback.FeedbackOutbox;
import org.incidentworkbench.storage.feedback.SnapshotFeedbackTarget;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.SameThreadTaskRunner;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Notes view model on a real snapshot workspace and a real SQLite outbox. */
class NotesViewModelTest {

    @TempDir
    Path dir;
    NotesFixture fixture;
    final Problems problems = new Problems(Clock.systemUTC());
    NotesViewModel notes;

    @BeforeEach
    void setUp() {
        fixture = new NotesFixture(dir);
        notes = new NotesViewModel(fixture.context(new SameThreadTaskRunner(problems),
                new TimeZoneSetting(ZoneOffset.UTC)), fixture.events);
        notes.load();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void theTimelineIsTheSnapshotsFeedbackNewestFirstAllSavedToTheSource() {
        List<FeedbackEvent> inSnapshot = fixture.source.feedback(fixture.incident.id(), Cancellation.none());

        assertThat(notes.loadedProperty().get()).isTrue();
        assertThat(notes.rows()).extracting(NoteRow::id)
                .containsExactlyElementsOf(inSnapshot.stream().sorted(Comparator.comparing(FeedbackEvent::createdAt)
                        .thenComparing(FeedbackEvent::id).reversed()).map(FeedbackEvent::id).toList());
        assertThat(notes.rows()).noneMatch(NoteRow::pending);
        assertThat(notes.pendingProperty().get()).isZero();
    }

    @Test
    void anAddedNoteIsCommittedToTheOutboxBeforeTheTimelineShowsItAndTheBoxClears() {
        List<List<LoggedFeedback>> outboxWhenShown = new ArrayList<>();
        notes.rows().addListener((ListChangeListener<NoteRow>) change -> {
            // A second connection to the state file sees only what was committed.
            try (FeedbackOutbox other = FeedbackOutbox.open(fixture.stateFile, Clock.systemUTC())) {
                outboxWhenShown.add(other.recorded(new SnapshotFeedbackTarget(fixture.snapshot).name(), fixture.incident.id()));
            }
        });
        notes.draftProperty().set("  Pool size was halved by the 14:02 config change.  ");

        notes.add();

        NoteRow added = notes.rows().getFirst();
        assertThat(added.text()).isEqualTo("Pool size was halved by the 14:02 config change.");
        assertThat(added.actor()).isEqualTo("ana");
        assertThat(added.kind()).isEqualTo("Note");
        assertThat(added.pending()).isTrue();
        assertThat(outboxWhenShown).singleElement().satisfies(outbox -> assertThat(outbox)
                .extracting(l -> l.event().id()).containsExactly(added.id()));
        assertThat(notes.draftProperty().get()).isEmpty();
        assertThat(notes.pendingProperty().get()).isEqualTo(1);
        assertThat(notes.saveProblemProperty().get()).isEmpty();
    }

    @Test
    void aNoteAddedInASnapshotWorkspaceIsWrittenToTheSnapshotOnceTheSourceIsClosed() {
        notes.draftProperty().set("Rolled back at 14:40; errors stopped.");
        notes.add();
        NoteRow added = notes.rows().getFirst();
        assertThat(notes.offersRetry()).isFalse();

        fixture.source.close();
        assertThat(fixture.log.retryPending()).isZero();

        assertThat(fixture.inSnapshot()).filteredOn(e -> e.id().equals(added.id())).singleElement()
                .satisfies(e -> assertThat(e.payloadJson()).contains("Rolled back at 14:40; errors stopped."));
        assertThat(fixture.log.recorded(fixture.incident.id())).containsExactly(
                new LoggedFeedback(fixture.inSnapshot().stream().filter(e -> e.id().equals(added.id())).findFirst()
                        .orElseThrow(), false));
    }

    @Test
    void aNoteThatCannotBeSavedKeepsItsTextAndSaysWhy() {
        int before = notes.rows().size();
        fixture.outbox.close();
        notes.draftProperty().set("Written while the state file is gone");

        notes.add();

        assertThat(notes.draftProperty().get()).isEqualTo("Written while the state file is gone");
        assertThat(notes.saveProblemProperty().get()).startsWith("The note was not saved: The feedback outbox in");
        assertThat(problems.currentProperty().get().task()).isEqualTo("Saving the note");
        assertThat(notes.rows()).hasSize(before);
        assertThat(notes.savingProperty().get()).isFalse();
        assertThat(notes.canAddProperty().get()).isTrue();
    }

    @Test
    void aBlankNoteCannotBeAdded() {
        int before = notes.rows().size();
        notes.draftProperty().set("   ");

        assertThat(notes.canAddProperty().get()).isFalse();
        notes.add();

        assertThat(notes.rows()).hasSize(before);
        assertThat(fixture.log.recorded(fixture.incident.id())).isEmpty();
    }
}
