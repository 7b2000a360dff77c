package org.incidentworkbench.storage.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.incidentworkbench.analysis.feedback.Actor;
import org.incidentworkbench.analysis.feedback.FeedbackEvents;
import org.incidentworkbench.analysis.feedback.FeedbackLog.LoggedFeedback;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.storage.duckdb.DuckDbIncidentSource;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.duckdb.TestScenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox against a real snapshot: durable first, then appended; pending while the snapshot
 * cannot be written, and given to it on a later start (what a run killed with the snapshot open left).
 */
class FeedbackOutboxTest {

    @TempDir
    Path dir;
    Path snapshot;
    TestScenario scenario;
    UUID incident;
    FeedbackOutbox outbox;
    final FeedbackEvents events = new FeedbackEvents(Actor.user("ana"));

    @BeforeEach
    void setUp() {
        scenario = TestScenario.generate(7);
        snapshot = dir.resolve("s.duckdb");
        scenario.write(snapshot);
        incident = scenario.incidents.getFirst().id();
        outbox = FeedbackOutbox.open(dir.resolve("state.db"), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        outbox.close();
    }

    @Test
    void aRecordedNoteIsInTheOutboxAndAppendedToTheSnapshotOnce() {
        OutboxFeedbackLog log = new OutboxFeedbackLog(outbox, new SnapshotFeedbackTarget(snapshot));
        FeedbackEvent note = events.note(incident, "the pool was too small");

        log.record(note);
        log.record(note);

        assertThat(log.recorded(incident)).containsExactly(new LoggedFeedback(note, false));
        assertThat(feedbackIn(snapshot)).containsOnlyOnce(note)
                .hasSize(scenario.feedback.stream().filter(f -> f.incidentId().equals(incident)).toList().size() + 1);
    }

    @Test
    void whileTheSnapshotCannotBeWrittenTheNoteIsKeptPendingAndDeliveredLater() throws Exception {
        Path missing = dir.resolve("moved.duckdb");
        OutboxFeedbackLog log = new OutboxFeedbackLog(outbox, new SnapshotFeedbackTarget(missing));
        Files.createDirectory(missing); // a folder where the file should be: every open fails
        FeedbackEvent note = events.note(incident, "written on a train");

        log.record(note);

        assertThat(log.recorded(incident)).containsExactly(new LoggedFeedback(note, true));
        Files.delete(missing);
        Files.copy(snapshot, missing);
        assertThat(log.retryPending()).isZero();
        assertThat(log.recorded(incident)).containsExactly(new LoggedFeedback(note, false));
    }

    @Test
    void anIdTheSnapshotHoldsWithAnotherPayloadIsQuarantinedNotOverwritten() throws Exception {
        FeedbackEvent theirs = events.note(incident, "theirs");
        FeedbackEvent ours = new FeedbackEvent(theirs.id(), incident, theirs.createdAt(), "user", "ana",
                theirs.eventType(), "{\"text\":\"ours\"}");
        SnapshotFeedbackTarget target = new SnapshotFeedbackTarget(snapshot);
        try (Connection c = target.open(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO feedback_events VALUES ('" + theirs.id() + "', '" + incident
                    + "', now(), 'user', 'bo', 'human_note_added', '{\"text\":\"theirs\"}')");
        }
        outbox.record(ours, target.name());

        PushResult result = new FeedbackPush(outbox).push(target.name(), target);

        assertThat(result.quarantined()).containsExactly(ours.id());
        assertThat(outbox.quarantined(target.name())).containsExactly(ours.id());
        assertThat(outbox.pending(target.name(), target.name(), 10)).isEmpty();
        assertThat(feedbackIn(snapshot)).filteredOn(f -> f.id().equals(ours.id()))
                .singleElement().extracting(FeedbackEvent::payloadJson).isEqualTo("{\"text\":\"theirs\"}");
    }

    @Test
    void theOutboxSurvivesReopening() {
        FeedbackEvent note = events.note(incident, "still here");
        outbox.record(note, "somewhere");
        outbox.close();
        outbox = FeedbackOutbox.open(dir.resolve("state.db"), Clock.systemUTC());
        assertThat(outbox.recorded("somewhere", incident)).containsExactly(new LoggedFeedback(note, true));
    }

    @Test
    void onTheNextStartEachSnapshotThatIsThereGetsItsPendingNotesOnceAndAMissingOneKeepsThemWithTheReason() throws Exception {
        FeedbackEvent kept = events.note(incident, "written before the app was killed");
        FeedbackEvent away = events.note(incident, "written in a copy since moved");
        String home = new SnapshotFeedbackTarget(snapshot).name();
        Path moved = dir.resolve("moved.duckdb");
        String movedHome = new SnapshotFeedbackTarget(moved).name();
        outbox.record(kept, home);
        outbox.record(away, movedHome);

        List<String> stillPending = PendingSnapshotFeedback.deliver(outbox);

        assertThat(stillPending).singleElement().asString().contains(moved.toString()).contains("is not there")
                .contains("stays in the outbox");
        assertThat(feedbackIn(snapshot)).containsOnlyOnce(kept).doesNotContain(away);
        assertThat(outbox.homesWithPending()).containsExactly(movedHome);
        assertThat(moved).as("a missing snapshot is not created empty").doesNotExist();

        Files.copy(snapshot, moved);

        assertThat(PendingSnapshotFeedback.deliver(outbox)).isEmpty();
        assertThat(feedbackIn(moved)).containsOnlyOnce(away);
        assertThat(outbox.homesWithPending()).isEmpty();
    }

    @Test
    void onTheNextStartADatabasesPendingNotesWaitForAWorkspaceOnIt() {
        String database = "postgresql://ana@db.example:5432/incidents";
        outbox.record(events.note(incident, "for the live database"), database);

        assertThat(PendingSnapshotFeedback.deliver(outbox)).isEmpty();
        assertThat(outbox.homesWithPending()).containsExactly(database);
    }

    private List<FeedbackEvent> feedbackIn(Path file) {
        try (DuckDbIncidentSource source = DuckDbSnapshots.open(file)) {
            return source.feedback(incident, Cancellation.none());
        }
    }
}
