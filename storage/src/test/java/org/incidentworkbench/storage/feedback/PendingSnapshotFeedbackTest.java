package org.incidentworkbench.storage.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.incidentworkbench.analysis.feedback.Actor;
import org.incidentworkbench.analysis.feedback.FeedbackEvents;
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
 * Notes an earlier run left pending (it was killed with their snapshot open, or the file was away),
 * as the outbox holds them on the next start: delivered to each snapshot that is there, kept with
 * the reason for one that is not.
 */
class PendingSnapshotFeedbackTest {

    @TempDir
    Path dir;
    Path snapshot;
    UUID incident;
    FeedbackOutbox outbox;
    final FeedbackEvents events = new FeedbackEvents(Actor.user("ana"));

    @BeforeEach
    void setUp() {
        TestScenario scenario = TestScenario.generate(7);
        snapshot = dir.resolve("review.duckdb");
        scenario.write(snapshot);
        incident = scenario.incidents.getFirst().id();
        outbox = FeedbackOutbox.open(dir.resolve("state.db"), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        outbox.close();
    }

    @Test
    void eachSnapshotThatIsThereGetsItsNotesOnceAndAMissingOneKeepsThemWithTheReason() throws Exception {
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
    void aDatabasesPendingNotesWaitForAWorkspaceOnIt() {
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
