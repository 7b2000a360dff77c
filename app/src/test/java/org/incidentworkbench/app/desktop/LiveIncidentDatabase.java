package org.incidentworkbench.app.desktop;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.TlsMode;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.sample.SampleGenerator;
import org.incidentworkbench.sample.SampleSpec;
import org.incidentworkbench.sample.Scenario;
import org.incidentworkbench.storage.postgres.LoadProgress;
import org.incidentworkbench.storage.postgres.PostgresTarget;
import org.incidentworkbench.storage.postgres.SchemaInit;
import org.incidentworkbench.storage.postgres.SnapshotLoader;

/**
 * A real PostgreSQL holding the small sample scenario in the canonical schema, which the app logs
 * into as a password-checked role over TCP, and which a test can stop and start again on the same
 * port and data: a database server restarting under the app.
 */
final class LiveIncidentDatabase implements AutoCloseable {

    static final String DATABASE = "incidents";
    static final String READER = "reader";
    static final String PASSWORD = "s3cret";

    private final Path data;
    private final Path hba;
    private final Path snapshot;
    private final int port;
    private EmbeddedPostgres server;

    private LiveIncidentDatabase(Path data, Path hba, Path snapshot, EmbeddedPostgres server) {
        this.data = data;
        this.hba = hba;
        this.snapshot = snapshot;
        this.server = server;
        this.port = server.getPort();
    }

    /** Starts a server under {@code dir} and loads the small default sample into it. */
    static LiveIncidentDatabase start(Path dir) throws IOException, SQLException {
        // The superuser keeps trust so the test can set up; the reader must give its password.
        Path hba = Files.writeString(dir.resolve("pg_hba.conf"), """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        Path data = dir.resolve("data");
        Path snapshot = dir.resolve("sample.duckdb");
        SampleGenerator.generate(SampleSpec.small(Scenario.defaultScenario(), SampleSpec.DEFAULT_SEED), snapshot);
        LiveIncidentDatabase db = new LiveIncidentDatabase(data, hba, snapshot, builder(data, hba).start());
        db.load(snapshot);
        return db;
    }

    /** The sample snapshot the database was loaded from, as if exported from it. */
    Path snapshot() {
        return snapshot;
    }

    /** Lets the reader append feedback too, as a team lets its reviewers sync their notes. */
    void allowFeedbackWrites() throws SQLException {
        try (Connection pg = server.getDatabase("postgres", DATABASE).getConnection()) {
            execute(pg, "GRANT INSERT ON feedback_events TO " + READER);
        }
    }

    int port() {
        return port;
    }

    /** The settings a user would type for this database (TLS preferred; the server offers none). */
    ConnectionSettings settings(String name) {
        return new ConnectionSettings(name, "localhost", port, DATABASE, READER, TlsMode.PREFER, null,
                ConnectionSettings.CANONICAL_PROFILE);
    }

    /** How many of the app's statements that contain {@code text} the server is running now. */
    int runningStatements(String text) throws SQLException {
        try (Connection admin = server.getPostgresDatabase().getConnection();
                PreparedStatement ps = admin.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE state = 'active'"
                        + " AND application_name = ? AND strpos(query, ?) > 0")) {
            ps.setString(1, PostgresTarget.APPLICATION_NAME);
            ps.setString(2, text);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The payloads of the rows of {@code feedback_events} with this id, as the superuser reads them. */
    List<String> feedbackPayloads(UUID id) throws SQLException {
        try (Connection pg = server.getDatabase("postgres", DATABASE).getConnection();
                PreparedStatement ps = pg.prepareStatement("SELECT payload::text FROM feedback_events WHERE feedback_event_id = ?")) {
            ps.setObject(1, id);
            List<String> payloads = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    payloads.add(rs.getString(1));
                }
            }
            return payloads;
        }
    }

    /** Stops the server: sessions end, new ones are refused. */
    void stop() throws IOException {
        server.close();
        server = null;
    }

    /** Starts the server again on the same port and data. */
    void restart() throws IOException {
        server = builder(data, hba).setPort(port).start();
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            stop();
        }
    }

    private static EmbeddedPostgres.Builder builder(Path data, Path hba) {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setServerConfig("hba_file", hba.toString());
    }

    /** Loads {@code snapshot} as {@code workbench sample --to} does: db init, then the loader, as the superuser. */
    private void load(Path snapshot) throws SQLException {
        try (Connection admin = server.getPostgresDatabase().getConnection()) {
            execute(admin, "CREATE DATABASE " + DATABASE);
            execute(admin, "CREATE ROLE " + READER + " LOGIN PASSWORD '" + PASSWORD + "'");
        }
        PostgresTarget owner = PostgresTarget.of("localhost", port, DATABASE, "postgres", null);
        SchemaInit.run(owner, false);
        SnapshotLoader.load(snapshot, owner, false, LoadProgress.NONE, Cancellation.none());
        try (Connection pg = server.getDatabase("postgres", DATABASE).getConnection()) {
            execute(pg, "ANALYZE");
            execute(pg, "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + READER);
            // The one table the app writes: the notes of its workspaces.
            execute(pg, "GRANT INSERT ON feedback_events TO " + READER);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
