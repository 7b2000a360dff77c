package org.incidentworkbench.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import org.incidentworkbench.analysis.connections.Password;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.ui.notes.NoteRow;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes in a live PostgreSQL workspace, wired as the desktop app wires them (the outbox, then the
 * database through the workspace's own login), against a real server that a test stops and starts
 * again under the app.
 */
class LiveDatabaseNotesTest {

    @TempDir
    static Path shared;
    static LiveIncidentDatabase db;

    @TempDir
    Path dir;

    private NotesShell app;

    @BeforeAll
    static void startDatabase() throws IOException, SQLException {
        db = LiveIncidentDatabase.start(shared);
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        db.close();
    }

    @BeforeEach
    void openWorkspace() {
        app = new NotesShell(DuckDbSnapshots::open, status -> {
            throw new AssertionError("these tests open no sample");
        }, new Problems(Clock.systemUTC()), dir);
        ShellViewModel shell = app.shell;
        shell.openDatabase(db.settings("live"), failure -> {
            throw new AssertionError(failure);
        });
        shell.logins().passwordRequestProperty().get().answer().accept(new Password(LiveIncidentDatabase.PASSWORD));
        shell.openIncident(shell.incidentListProperty().get().rows().getFirst());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aNoteReachesTheDatabaseAndIsShownSaved() throws SQLException {
        NoteRow added = app.add("Failed over to the replica at 14:52.");

        assertThat(added.pending()).isFalse();
        assertThat(app.notes().pendingProperty().get()).isZero();
        assertThat(db.feedbackPayloads(added.id())).singleElement().asString().contains("Failed over to the replica at 14:52.");
        assertThat(app.outbox.homesWithPending()).isEmpty();
    }

    @Test
    void aNoteWhileTheServerIsDownIsPendingAndRetryDeliversItOnceItIsBack() throws IOException, SQLException {
        db.stop();
        NoteRow added;
        try {
            added = app.add("Paged the database team.");

            assertThat(app.notes().saveProblemProperty().get()).as("the note is saved, on this machine").isEmpty();
            assertThat(added.pending()).isTrue();
            assertThat(app.notes().pendingProperty().get()).isEqualTo(1);
            app.notes().retryDelivery();
            assertThat(app.notes().pendingProperty().get()).as("retried while the server is still down").isEqualTo(1);
        } finally {
            db.restart();
        }

        app.notes().retryDelivery();

        assertThat(app.notes().rows().getFirst().id()).isEqualTo(added.id());
        assertThat(app.notes().rows().getFirst().pending()).isFalse();
        assertThat(app.notes().pendingProperty().get()).isZero();
        assertThat(db.feedbackPayloads(added.id())).singleElement().asString().contains("Paged the database team.");
    }
}
