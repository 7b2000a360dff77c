package org.incidentworkbench.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.SavedConnection;
import org.incidentworkbench.analysis.connections.TlsMode;
import org.incidentworkbench.analysis.feedback.Actor;
import org.incidentworkbench.analysis.feedback.FeedbackEvents;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.storage.postgres.LoadProgress;
import org.incidentworkbench.storage.postgres.PostgresConnector;
import org.incidentworkbench.storage.postgres.PostgresTarget;
import org.incidentworkbench.storage.postgres.SchemaInit;
import org.incidentworkbench.storage.postgres.SnapshotLoader;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import org.incidentworkbench.ui.testing.SnapshotWorkspaceViewTest;
import org.incidentworkbench.ui.testing.StorageTools;
import org.incidentworkbench.ui.testing.UiSample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Sync feedback" clicked through headless in a snapshot workspace, against a real PostgreSQL that
 * holds the sample (as the team's database the snapshot was exported from would): the notes added
 * offline are pushed and the snapshot's own feedback is found there already; syncing again has
 * nothing to push, and the snapshot synced from another machine finds every event there; a
 * database that cannot be reached is a plain message.
 */
class SyncFeedbackViewTest extends SnapshotWorkspaceViewTest {

    private static final String DATABASE = "incidents";

    private static EmbeddedPostgres server;

    /** A server holding the sample, loaded as {@code workbench sample --to} loads it. */
    @BeforeAll
    static void startDatabase() throws IOException, SQLException {
        server = EmbeddedPostgres.builder().start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
        }
        PostgresTarget owner = PostgresTarget.of("localhost", server.getPort(), DATABASE, "postgres", null);
        SchemaInit.run(owner, false);
        SnapshotLoader.load(UiSample.file(), owner, false, LoadProgress.NONE, Cancellation.none());
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        server.close();
    }

    @Test
    void syncPushesTheNotesAddedOfflineAndTheirSnapshotSyncedElsewhereFindsThemAlreadyThere() throws SQLException {
        int own = feedbackThere();
        openWithDatabase(UiSample.file(), server.getPort());
        FeedbackEvents events = new FeedbackEvents(Actor.user("ana"));
        workspace.notes.record(events.note(workspace.incident.id(), "Pool size was 10; the release halved it."));
        workspace.notes.record(events.note(workspace.incident.id(), "Reviewed with payments: agreed root cause."));

        clickOn("#sync-feedback-action");
        assertThat(lookup("#back-to-incidents").query().isDisabled()).as("the workspace under the card").isTrue();
        clickOn("#sync-start");
        waitUntil(() -> lookup("#sync-result").query().isVisible());

        assertThat(text("#sync-pushed")).isEqualTo("2");
        assertThat(text("#sync-present")).as("the snapshot's own feedback, exported from there").isEqualTo(Integer.toString(own));
        assertThat(text("#sync-quarantined")).isEqualTo("0");
        assertThat(feedbackThere()).isEqualTo(own + 2);
        screenshots("sync-result");

        clickOn("#sync-start");
        waitUntil(() -> lookup("#sync-result").query().isVisible());
        assertThat(text("#sync-pushed")).isEqualTo("0");
        assertThat(lookup("#sync-up-to-date").query().isVisible()).as("this machine knows they are there").isTrue();
        screenshots("sync-up-to-date");
        clickOn("#sync-close");
        assertThat(lookup("#back-to-incidents").query().isDisabled()).isFalse();

        // Closed, the snapshot takes the notes in; a colleague syncs that file from another machine.
        openWithDatabase(workspace.snapshot, server.getPort());
        clickOn("#sync-feedback-action");
        clickOn("#sync-start");
        waitUntil(() -> lookup("#sync-result").query().isVisible());

        assertThat(text("#sync-pushed")).isEqualTo("0");
        assertThat(text("#sync-present")).isEqualTo(Integer.toString(own + 2));
        assertThat(feedbackThere()).isEqualTo(own + 2);
        assertThat(problems.currentProperty().get()).isNull();
    }

    @Test
    void aDatabaseThatCannotBeReachedIsAPlainMessageAndTheNotesStayOnThisMachine() throws IOException {
        openWithDatabase(UiSample.file(), closedPort());
        FeedbackEvent note = new FeedbackEvents(Actor.user("ana")).note(workspace.incident.id(), "Written on the train.");
        workspace.notes.record(note);

        clickOn("#sync-feedback-action");
        clickOn("#sync-start");
        waitUntil(() -> !text("#sync-failure").isEmpty());

        assertThat(text("#sync-failure")).contains("Cannot reach PostgreSQL at localhost").contains("stays in the outbox")
                .doesNotContain("Exception");
        assertThat(lookup("#sync-result").query().isVisible()).isFalse();
        assertThat(workspace.notes.recorded(workspace.incident.id()))
                .filteredOn(logged -> logged.event().id().equals(note.id())).singleElement()
                .satisfies(logged -> assertThat(logged.pending()).isTrue());
        screenshots("sync-failed");

        clickOn("#sync-close");
        assertThat(lookup("#back-to-incidents").query().isDisabled()).isFalse();
    }

    /** A workspace on a copy of {@code snapshot} whose one saved connection is the database on {@code port}. */
    private void openWithDatabase(Path snapshot, int port) {
        open(snapshot, outbox -> StorageTools.of(outbox, new PostgresConnector(Map.of(), new SourceProfiles(dir))),
                (owner, name) -> {
                    throw new AssertionError("this test exports nothing");
                });
        ConnectionSettings team = new ConnectionSettings("team incidents", "localhost", port, DATABASE, "postgres",
                TlsMode.PREFER, null, ConnectionSettings.CANONICAL_PROFILE);
        interact(() -> workspace.connections.add(new SavedConnection(UUID.randomUUID(), team)));
    }

    private static int feedbackThere() throws SQLException {
        try (Connection c = server.getDatabase("postgres", DATABASE).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM feedback_events")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A port nothing listens on. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
