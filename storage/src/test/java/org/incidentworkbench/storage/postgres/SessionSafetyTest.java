package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.incidentworkbench.analysis.connections.LoginRefusedException;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.jdbc.Relations;
import org.incidentworkbench.storage.jdbc.SignalIndexes;
import org.incidentworkbench.storage.jdbc.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sessions on a real server: read-only, named, cancellable on the server, and failing with plain messages. */
class SessionSafetyTest {

    @RegisterExtension
    static final LiveScenario PG = new LiveScenario();
    static final Cancellation NONE = Cancellation.none();

    @Test
    void sessionsAreReadOnlyAndNamed() {
        QueryRunner db = new QueryRunner(PG.target(), List.of());
        assertThat(db.list("the settings", Sql.of(
                "SELECT current_setting('default_transaction_read_only') AS ro, current_setting('application_name') AS app"),
                rs -> rs.getString("ro") + " " + rs.getString("app"), NONE)).containsExactly("on incident-workbench");
        assertThatThrownBy(() -> db.list("a write", Sql.of("CREATE TABLE sneaky AS SELECT 1 AS x"), rs -> 1, NONE))
                .isInstanceOf(SourceException.class).hasMessageContaining("read-only");
    }

    @Test
    void cancellingFromAnotherThreadStopsTheQueryOnTheServer() throws Exception {
        QueryRunner db = new QueryRunner(PG.target(), List.of());
        Cancellation cancel = Cancellation.create();
        CompletableFuture<Object> read = CompletableFuture.supplyAsync(
                () -> db.list("a long read", Sql.of("SELECT pg_sleep(60) AS slept"), rs -> 1, cancel));
        awaitSleepers(1);

        cancel.cancel();

        assertThatThrownBy(() -> read.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ReadCancelledException.class);
        awaitSleepers(0);
    }

    @Test
    void aCancelledTokenReadsNothing() {
        Cancellation cancel = Cancellation.create();
        cancel.cancel();
        assertThatThrownBy(() -> new PostgresIncidentSource(null, PostgresSources.capabilities(PG.target()),
                new QueryRunner(PG.target(), List.of()), Relations.TABLES, SignalIndexes.CANONICAL).metricDescriptors(cancel))
                .isInstanceOf(ReadCancelledException.class);
    }

    @Test
    void aStatementOverTheTimeoutSaysSo() {
        PostgresTarget t = PG.target();
        QueryRunner db = new QueryRunner(t.withStatementTimeout(Duration.ofMillis(200)), List.of());
        assertThatThrownBy(() -> db.list("a long read", Sql.of("SELECT pg_sleep(5) AS slept"), rs -> 1, NONE))
                .isInstanceOf(SourceException.class).hasMessageContaining("statement timeout");
    }

    @Test
    void aWrongPasswordGetsItsOwnMessage() {
        PostgresTarget wrong = PostgresTarget.of("localhost", PG.port(), LiveScenario.DATABASE, LiveScenario.READER, "nope");
        assertThatThrownBy(() -> PostgresSources.open(wrong))
                .isInstanceOf(LoginRefusedException.class)
                .hasMessage("PostgreSQL at localhost:" + PG.port() + "/incidents refused the login of user \"reader\":"
                        + " wrong user or password. Check the password (or .pgpass) and try again.");
    }

    @Test
    void aMissingPasswordIsALoginRefusalTooSoTheAppCanAskForOne() {
        PostgresTarget none = PG.target().withPassword(null);
        assertThatThrownBy(() -> PostgresSources.open(none))
                .isInstanceOf(LoginRefusedException.class)
                .hasMessage("PostgreSQL at localhost:" + PG.port() + "/incidents asks for the password of user \"reader\""
                        + " and none was given (none in .pgpass either).");
    }

    @Test
    void anUnreachablePortGetsItsOwnMessage() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        PostgresTarget nowhere = PostgresTarget.of("localhost", closed, "incidents", "reader", "x");
        assertThatThrownBy(() -> PostgresSources.open(nowhere))
                .isInstanceOf(SourceException.class)
                .hasMessage("Cannot reach PostgreSQL at localhost:" + closed + ": the host is unreachable or nothing"
                        + " answers on that port. Check the host, the port and the network.");
    }

    @Test
    void aDatabaseWithoutTheSchemaSaysHowToGetOne() throws Exception {
        try (Connection c = PG.admin()) {
            LiveScenario.execute(c, "CREATE DATABASE bare");
        }
        PostgresTarget bare = PostgresTarget.of("localhost", PG.port(), "bare", LiveScenario.READER, LiveScenario.PASSWORD);
        assertThatThrownBy(() -> PostgresSources.open(bare))
                .isInstanceOf(SourceException.class)
                .hasMessage("localhost:" + PG.port() + "/bare: " + PostgresErrors.NO_SCHEMA + ".");
    }

    @Test
    void aDatabaseWithANewerSchemaAsksForAnUpgrade() throws Exception {
        try (Connection admin = PG.admin()) {
            LiveScenario.execute(admin, "CREATE DATABASE future");
        }
        PostgresTarget future = PostgresTarget.of("localhost", PG.port(), "future", LiveScenario.READER, LiveScenario.PASSWORD);
        try (Connection c = PostgresTarget.of("localhost", PG.port(), "future", "postgres", null).openWriter()) {
            LiveScenario.execute(c, "CREATE TABLE schema_info (schema_version INTEGER, writer TEXT, created_at TIMESTAMPTZ, source TEXT)");
            LiveScenario.execute(c, "INSERT INTO schema_info VALUES (99, 'workbench 9', now(), 'elsewhere')");
            LiveScenario.execute(c, "GRANT SELECT ON schema_info TO " + LiveScenario.READER);
        }
        assertThatThrownBy(() -> PostgresSources.open(future))
                .isInstanceOf(SourceException.class)
                .hasMessage("localhost:" + PG.port() + "/future holds incident schema version 99, newer than this version"
                        + " of Incident Workbench reads (1). Upgrade Incident Workbench to read it.");
    }

    @Test
    void anOpenSourceSaysWhatItIsAndReadsNothingOnceClosed() {
        PostgresIncidentSource source = PostgresSources.open(PG.target());
        assertThat(source.info().kind()).isEqualTo("postgres");
        assertThat(source.info().location()).isEqualTo("localhost:" + PG.port() + "/incidents");
        assertThat(source.services(NONE)).isNotEmpty();
        source.close();
        assertThatThrownBy(() -> source.services(NONE)).isInstanceOf(SourceException.class).hasMessageContaining("closed");
    }

    /** Waits until the server runs {@code n} of our pg_sleep queries. */
    private static void awaitSleepers(int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int seen = -1;
        while (System.nanoTime() < deadline) {
            try (Connection c = PG.admin(); PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = ? AND state = 'active' AND query LIKE '%pg_sleep%'")) {
                ps.setString(1, PostgresTarget.APPLICATION_NAME);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    seen = rs.getInt(1);
                }
            }
            if (seen == n) {
                return;
            }
            Thread.sleep(20);
        }
        assertThat(seen).as("active pg_sleep queries of incident-workbench").isEqualTo(n);
    }
}
