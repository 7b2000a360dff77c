package org.incidentworkbench.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.incidentworkbench.analysis.feedback.Actor;
import org.incidentworkbench.analysis.feedback.FeedbackEvents;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.sample.SampleGenerator;
import org.incidentworkbench.sample.SampleSpec;
import org.incidentworkbench.sample.Scenario;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.export.CheckedSnapshotOpener;
import org.incidentworkbench.storage.feedback.FeedbackOutbox;
import org.incidentworkbench.storage.feedback.SnapshotFeedbackTarget;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.DeferredTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app starts after a run that was killed with notes pending for its snapshot: they are written
 * in the background as it starts, and a snapshot opened meanwhile is opened only after that.
 */
class PendingNotesAtStartTest {

    @TempDir
    static Path shared;
    static Path snapshot;
    static UUID incident;

    @TempDir
    Path dir;

    private final Problems problems = new Problems(Clock.systemUTC());
    private final DeferredTaskRunner tasks = new DeferredTaskRunner(problems);
    private final FeedbackEvents events = new FeedbackEvents(Actor.user("ana"));
    private FeedbackOutbox outbox;

    @BeforeAll
    static void generateSample() {
        snapshot = shared.resolve("review.duckdb");
        SampleGenerator.generate(SampleSpec.small(Scenario.defaultScenario(), SampleSpec.DEFAULT_SEED), snapshot);
        try (IncidentSource source = DuckDbSnapshots.open(snapshot)) {
            incident = source.incidents(Cancellation.none()).getFirst().id();
        }
    }

    @BeforeEach
    void openOutbox() {
        outbox = FeedbackOutbox.open(dir.resolve("state.db"), Clock.systemUTC());
    }

    @AfterEach
    void closeOutbox() {
        outbox.close();
    }

    @Test
    void aNoteLeftPendingIsWrittenInTheBackgroundAndASnapshotOpenedMeanwhileWaitsForIt() throws Exception {
        FeedbackEvent note = events.note(incident, "written just before the app was killed");
        String home = new SnapshotFeedbackTarget(snapshot).name();
        outbox.record(note, home);
        PendingNotesAtStart pending = new PendingNotesAtStart(new CheckedSnapshotOpener(), outbox);

        pending.deliver(tasks);
        CompletableFuture<IncidentSource> opening = CompletableFuture.supplyAsync(() -> pending.open(snapshot));

        assertThat(outbox.homesWithPending()).as("nothing is written on the caller's (the FX) thread").containsExactly(home);
        assertThat(opening).as("the open waits for the delivery").failsWithin(300, TimeUnit.MILLISECONDS)
                .withThrowableOfType(TimeoutException.class);
        tasks.runAll();
        try (IncidentSource opened = opening.get(20, TimeUnit.SECONDS)) {
            assertThat(opened.feedback(incident, Cancellation.none())).containsOnlyOnce(note);
        }
        assertThat(outbox.homesWithPending()).isEmpty();
        assertThat(problems.currentProperty().get()).isNull();
    }

    @Test
    void aSnapshotThatIsAwayKeepsItsNotePendingAndTheBannerSaysWhy() {
        Path away = dir.resolve("moved.duckdb");
        String home = new SnapshotFeedbackTarget(away).name();
        outbox.record(events.note(incident, "written in a copy since moved"), home);
        PendingNotesAtStart pending = new PendingNotesAtStart(new CheckedSnapshotOpener(), outbox);

        pending.deliver(tasks);
        tasks.runAll();

        assertThat(outbox.homesWithPending()).containsExactly(home);
        assertThat(problems.currentProperty().get().task()).isEqualTo(PendingNotesAtStart.TITLE);
        assertThat(problems.currentProperty().get().message()).contains(away.toString()).contains("is not there")
                .contains("stays in the outbox");
        assertThat(away).doesNotExist();
    }
}
