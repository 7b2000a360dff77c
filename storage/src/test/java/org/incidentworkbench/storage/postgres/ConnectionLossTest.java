package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.analysis.topology.Service;
import org.incidentworkbench.storage.duckdb.TestScenario;
import org.incidentworkbench.storage.jdbc.Sql;
import org.incidentworkbench.storage.schema.EvidenceSchema;
import org.incidentworkbench.storage.schema.EvidenceSchema.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that goes away under a read, on its own embedded PostgreSQL: the read fails at once with
 * a plain message (it does not hang), reads while the server is down say it cannot be reached, and
 * once the server is back on the same port and data the same source object reads again.
 */
class ConnectionLossTest {

    static final Cancellation NONE = Cancellation.none();
    /** How long a read may take to notice the loss: far below the socket timeout a hang would end at. */
    static final long PROMPT_SECONDS = 15;

    @TempDir
    Path data;
    EmbeddedPostgres server;
    int port;
    PostgresIncidentSource source;
    List<Service> services;

    @BeforeEach
    void start() throws IOException, SQLException {
        server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
        port = server.getPort();
        TestScenario scenario = TestScenario.generate(LiveScenario.SEED);
        try (Connection c = server.getPostgresDatabase().getConnection()) {
            for (String sql : EvidenceSchema.statements(Engine.POSTGRES)) {
                LiveScenario.execute(c, sql);
            }
            ScenarioCopy.load(c, scenario);
            LiveScenario.execute(c, "INSERT INTO schema_info (schema_version, writer, source) VALUES ("
                    + EvidenceSchema.CURRENT_VERSION + ", 'ConnectionLossTest', 'seed " + LiveScenario.SEED + "')");
            // Embedded PostgreSQL commits asynchronously: without a checkpoint a kill can take the load with it.
            LiveScenario.execute(c, "CHECKPOINT");
        }
        source = PostgresSources.open(PostgresTarget.of("localhost", port, "postgres", "postgres", null));
        services = source.services(NONE);
        assertThat(services).hasSize(TestScenario.SERVICES.size());
    }

    @AfterEach
    void stop() throws IOException {
        source.close();
        server.close();
    }

    @Test
    void aKilledServerFailsTheReadAtOnceAndTheSameSourceReadsAgainOnceItIsBack() throws Exception {
        CompletableFuture<List<Integer>> read = longRead();
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid()).orElseThrow();
        List<ProcessHandle> children = postmaster.descendants().toList();

        postmaster.destroyForcibly();

        assertLost(read);
        // Its children exit once they notice; until then they hold the data directory's shared memory.
        for (ProcessHandle child : children) {
            child.onExit().get(PROMPT_SECONDS, TimeUnit.SECONDS);
        }
        assertReconnects();
    }

    @Test
    void aStoppedServerFailsTheReadAtOnceAndTheSameSourceReadsAgainOnceItIsBack() throws Exception {
        CompletableFuture<List<Integer>> read = longRead();

        server.close();

        assertLost(read);
        assertReconnects();
    }

    /** A read that takes a minute, through the source's own query runner, under way on the server. */
    private CompletableFuture<List<Integer>> longRead() throws Exception {
        CompletableFuture<List<Integer>> read = CompletableFuture.supplyAsync(() ->
                source.queries().list("a long read", Sql.of("SELECT 1 AS one FROM pg_sleep(60)"), rs -> rs.getInt(1), NONE));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PROMPT_SECONDS);
        while (!sleeping()) {
            assertThat(System.nanoTime()).as("the long read started on the server").isLessThan(deadline);
            Thread.sleep(20);
        }
        return read;
    }

    private boolean sleeping() throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = ? AND query LIKE '%pg_sleep%'")) {
            ps.setString(1, PostgresTarget.APPLICATION_NAME);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    private void assertLost(CompletableFuture<List<Integer>> read) {
        assertThatThrownBy(() -> read.get(PROMPT_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(SourceException.class)
                .hasMessage("Lost the connection to PostgreSQL at localhost:" + port + "/postgres while reading a long"
                        + " read: the server stopped or the network dropped. Retry once it is back.");
    }

    /** Down: a read says the server cannot be reached. Back on the same port and data: the same source reads. */
    private void assertReconnects() throws IOException {
        assertThatThrownBy(() -> source.services(NONE))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("Cannot reach PostgreSQL at localhost:" + port + ":");
        server.close();
        server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
        assertThat(source.services(NONE)).isEqualTo(services);
    }

    /** The postmaster's process id: the first line of postmaster.pid in its data directory. */
    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
    }
}
