package org.incidentworkbench.storage.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.duckdb.TestScenario;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL and a DuckDB snapshot holding the same seeded {@link TestScenario}, started
 * once for the whole test run (the server takes seconds) and shared by every class that registers
 * {@code @RegisterExtension static final LiveScenario PG = new LiveScenario();}. PostgreSQL holds
 * the canonical schema in database {@value #DATABASE}, loaded from the snapshot by
 * {@link SnapshotLoader}, and a password-checked role {@value #READER} that the engine logs in as over TCP, so logins fail as on
 * a real server. Tests must not change the loaded data.
 */
final class LiveScenario implements BeforeAllCallback {

    static final String DATABASE = "incidents";
    static final String READER = "reader";
    static final String PASSWORD = "s3cret";
    static final long SEED = 42;
    private static final String SNAPSHOT = "scenario.duckdb";

    private Shared shared;

    @Override
    public void beforeAll(ExtensionContext context) {
        shared = context.getRoot().getStore(ExtensionContext.Namespace.create(LiveScenario.class))
                .getOrComputeIfAbsent(Shared.class, k -> Shared.start(), Shared.class);
    }

    int port() {
        return shared.server.getPort();
    }

    TestScenario scenario() {
        return shared.scenario;
    }

    /** The DuckDB engine over the same scenario: what PostgreSQL must answer. */
    IncidentSource duck() {
        return shared.duck;
    }

    /** The superuser on {@link #DATABASE}, for setting up and watching the server. */
    Connection admin() throws SQLException {
        return shared.server.getDatabase("postgres", DATABASE).getConnection();
    }

    /** The snapshot holding the scenario, which PostgreSQL was loaded from. */
    Path snapshot() {
        return shared.dir.resolve(SNAPSHOT);
    }

    /** A new empty database on the run's server, and its owner's target. */
    PostgresTarget newDatabase(String name) throws SQLException {
        try (Connection admin = admin()) {
            execute(admin, "CREATE DATABASE " + name);
        }
        return PostgresTarget.of("localhost", port(), name, "postgres", null);
    }

    /** The superuser over TCP, as {@code db init} and the loader log in: owner of the schema. */
    PostgresTarget owner() {
        return owner(port());
    }

    private static PostgresTarget owner(int port) {
        return PostgresTarget.of("localhost", port, DATABASE, "postgres", null);
    }

    /** The engine's view of the scenario: the reader role over TCP. */
    PostgresTarget target() {
        return PostgresTarget.of("localhost", port(), DATABASE, READER, PASSWORD);
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The run's server, snapshot and scenario; JUnit closes it when the run ends. */
    private record Shared(Path dir, EmbeddedPostgres server, TestScenario scenario, IncidentSource duck)
            implements AutoCloseable {

        static Shared start() {
            try {
                Path dir = Files.createTempDirectory("live-scenario");
                // The superuser keeps trust so the test can set up; everyone else must give a password.
                Path hba = Files.writeString(dir.resolve("pg_hba.conf"), """
                        local all all trust
                        host all postgres 127.0.0.1/32 trust
                        host all postgres ::1/128 trust
                        host all all 127.0.0.1/32 scram-sha-256
                        host all all ::1/128 scram-sha-256
                        """);
                EmbeddedPostgres server = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString()).start();
                try (Connection admin = server.getPostgresDatabase().getConnection()) {
                    execute(admin, "CREATE DATABASE " + DATABASE);
                    execute(admin, "CREATE ROLE " + READER + " LOGIN PASSWORD '" + PASSWORD + "'");
                }
                TestScenario scenario = TestScenario.generate(SEED);
                Path file = dir.resolve(SNAPSHOT);
                scenario.write(file);
                SchemaInit.run(owner(server.getPort()), false);
                SnapshotLoader.load(file, owner(server.getPort()), false, LoadProgress.NONE, Cancellation.none());
                try (Connection c = server.getDatabase("postgres", DATABASE).getConnection()) {
                    execute(c, "ANALYZE");
                    execute(c, "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + READER);
                }
                return new Shared(dir, server, scenario, DuckDbSnapshots.open(file));
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("cannot start the live scenario", e);
            }
        }

        @Override
        public void close() throws IOException {
            duck.close();
            server.close();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
