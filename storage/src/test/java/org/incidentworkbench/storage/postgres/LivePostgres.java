package org.incidentworkbench.storage.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.incidentworkbench.storage.schema.EvidenceSchema;
import org.incidentworkbench.storage.schema.EvidenceSchema.Engine;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for one test class, started once: the canonical schema in database
 * {@code incidents}, and a password-checked role {@code reader} (password {@value #PASSWORD})
 * that the engine under test logs in as over TCP, so logins fail as they do on a real server.
 * {@code @RegisterExtension static final LivePostgres PG = new LivePostgres();}
 */
final class LivePostgres implements BeforeAllCallback, AfterAllCallback {

    static final String DATABASE = "incidents";
    static final String READER = "reader";
    static final String PASSWORD = "s3cret";

    private Path dir;
    private EmbeddedPostgres server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("live-postgres");
        // The superuser keeps trust so the test can set up; everyone else must give a password.
        Path hba = Files.writeString(dir.resolve("pg_hba.conf"), """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        server = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString()).start();
        try (Connection admin = server.getPostgresDatabase().getConnection()) {
            execute(admin, "CREATE DATABASE " + DATABASE);
            execute(admin, "CREATE ROLE " + READER + " LOGIN PASSWORD '" + PASSWORD + "'");
        }
        try (Connection c = admin()) {
            for (String sql : EvidenceSchema.statements(Engine.POSTGRES)) {
                execute(c, sql);
            }
            execute(c, "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + READER);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    int port() {
        return server.getPort();
    }

    /** The superuser on {@link #DATABASE}, for loading data and watching the server. */
    Connection admin() throws SQLException {
        return server.getDatabase("postgres", DATABASE).getConnection();
    }

    /** The engine's view of the test database: the reader role over TCP. */
    PostgresTarget target() {
        return PostgresTarget.of("localhost", port(), DATABASE, READER, PASSWORD);
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
