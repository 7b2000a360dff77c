package org.incidentworkbench.storage.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.incidentworkbench.analysis.connections.TlsMode;
import org.incidentworkbench.analysis.feedback.Actor;
import org.incidentworkbench.analysis.feedback.FeedbackEvents;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.postgres.PostgresTarget;
import org.incidentworkbench.storage.postgres.SchemaInit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync over a network that drops the connection at random points: 1,000 attempts through a
 * {@link CuttingProxy}, each after a new note is recorded, then one clean sync. PostgreSQL must
 * then hold every event exactly once with its payload as recorded, an id it held with another
 * payload must be quarantined and left alone, and the outbox must agree.
 */
class FeedbackSyncDroppedConnectionTest {

    static final int ATTEMPTS = 1_000;
    static final String HOME = "snapshot-on-a-laptop";
    static final UUID INCIDENT = UUID.fromString("0000000a-0000-0000-0000-000000000001");

    static EmbeddedPostgres server;
    static PostgresTarget owner;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.builder().start();
        owner = PostgresTarget.of("localhost", server.getPort(), "postgres", "postgres", null).withTls(TlsMode.DISABLE, null);
        SchemaInit.run(owner, false);
        try (Connection c = owner.openWriter(); Statement s = c.createStatement()) {
            UUID service = UUID.randomUUID();
            s.execute("INSERT INTO services (service_id, cluster_id, namespace, service_name, kind) VALUES ('" + service
                    + "', 'c', 'n', 'checkout', 'api')");
            s.execute("INSERT INTO incidents (incident_id, service_id, title, status, trigger_type, severity, window_start,"
                    + " window_end) VALUES ('" + INCIDENT + "', '" + service + "', 't', 'open', 'custom', 2, now(), now())");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void nothingIsLostDuplicatedOrAlteredWhateverPointTheConnectionDropsAt() throws Exception {
        Random random = new Random(20240501);
        FeedbackEvents events = new FeedbackEvents(Actor.user("ana"));
        try (FeedbackOutbox outbox = FeedbackOutbox.open(dir.resolve("state.db"), Clock.systemUTC());
             CuttingProxy proxy = new CuttingProxy(server.getPort())) {
            FeedbackEvent clash = events.note(INCIDENT, "ours");
            insertTheirs(clash);
            outbox.record(clash, HOME);
            FeedbackTarget flaky = new PostgresFeedbackTarget(PostgresTarget.of("localhost", proxy.port(), "postgres",
                    "postgres", null).withTls(TlsMode.DISABLE, null));
            FeedbackPush push = new FeedbackPush(outbox, 5);
            int failures = 0;
            long started = System.nanoTime();
            for (int i = 0; i < ATTEMPTS; i++) {
                outbox.record(i % 3 == 0 ? events.rejected(INCIDENT, UUID.randomUUID(), "attempt " + i)
                        : events.note(INCIDENT, "note " + i + " with \"quotes\" and ünïcode"), HOME);
                proxy.budget(random.nextInt(6_000));
                try {
                    push.push(HOME, flaky);
                } catch (SourceException e) {
                    failures++;
                }
            }
            proxy.budget(Long.MAX_VALUE);
            push.push(HOME, flaky);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(failures).as("most attempts lose their connection (%d of %d dropped, in %s)", failures, ATTEMPTS, took)
                    .isGreaterThan(ATTEMPTS / 2);
            assertThat(outbox.pending(HOME, flaky.name(), Integer.MAX_VALUE)).isEmpty();
            assertThat(outbox.quarantined(flaky.name())).containsExactly(clash.id());
            List<String> expected = new ArrayList<>();
            for (FeedbackEvent e : outbox.all(HOME)) {
                expected.add(e.id().equals(clash.id()) ? row(clash.id(), "bo", "{\"text\": \"theirs\"}") : row(e));
            }
            assertThat(serverRows()).containsExactlyInAnyOrderElementsOf(expected).hasSize(ATTEMPTS + 1);
        }
    }

    private static void insertTheirs(FeedbackEvent e) throws SQLException {
        try (Connection c = owner.openWriter(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO feedback_events VALUES ('" + e.id() + "', '" + INCIDENT + "', '" + e.createdAt()
                    + "', 'user', 'bo', 'human_note_added', '{\"text\": \"theirs\"}')");
        }
    }

    /** An event as PostgreSQL prints it back: payload normalised by JSONB, time to the microsecond. */
    private static String row(FeedbackEvent e) throws SQLException {
        try (Connection c = owner.openWriter(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT CAST('" + e.payloadJson().replace("'", "''") + "' AS JSONB)::text")) {
            rs.next();
            return row(e.id(), e.actorId(), rs.getString(1)) + " " + e.eventType() + " " + e.createdAt();
        }
    }

    private static String row(UUID id, String actor, String payload) {
        return id + " " + actor + " " + payload;
    }

    private static List<String> serverRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = owner.openWriter(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT feedback_event_id, actor_id, payload::text, event_type, created_at"
                     + " FROM feedback_events")) {
            while (rs.next()) {
                String head = row(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3));
                rows.add(rs.getString(2).equals("bo") ? head
                        : head + " " + rs.getString(4) + " " + rs.getObject(5, java.time.OffsetDateTime.class).toInstant());
            }
        }
        return rows;
    }
}
