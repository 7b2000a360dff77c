package org.incidentworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.incidentworkbench.storage.schema.EvidenceSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code db init} and {@code sample --to} against a real PostgreSQL (embedded: no TimescaleDB, no pgvector). */
class DatabaseCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final PostgresServer PG = new PostgresServer();

    @TempDir
    Path dir;

    @Test
    void dbInitCreatesTheSchemaAndSaysWhatItUsedThenASecondRunChangesNothing() throws Exception {
        String url = PG.newDatabase("cli_init");

        Run first = Run.of(RecordingDesktop.in(dir), "db", "init", url);

        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.outLines()).anySatisfy(l -> assertThat(l).startsWith("server:").contains("PostgreSQL "))
                .anySatisfy(l -> assertThat(l).matches("schema: +created incident schema version 1"))
                .anySatisfy(l -> assertThat(l).matches("timescaledb: +not on this server: signals in plain tables"))
                .anySatisfy(l -> assertThat(l).matches("pgvector: +not on this server: vectors as REAL\\[\\], searched without it"));

        Run second = Run.of(RecordingDesktop.in(dir), "db", "init", url, "--format", "json");

        assertThat(second.exitCode()).isZero();
        JsonNode report = JSON.readTree(second.out());
        assertThat(report.get("schema").asText()).isEqualTo("incident schema version 1 already in place; nothing changed");
        assertThat(report.get("tables")).hasSize(EvidenceSchema.TABLES.size())
                .allSatisfy(t -> assertThat(t.get("kind").asText()).isEqualTo("table"));
    }

    @Test
    void dbInitRefusesANewerSchemaInOnePlainLine() throws Exception {
        String url = PG.newDatabase("cli_newer");
        execute("cli_newer", "CREATE TABLE schema_info (schema_version INTEGER NOT NULL, writer TEXT NOT NULL,"
                + " created_at TIMESTAMPTZ NOT NULL DEFAULT now(), source TEXT NOT NULL)");
        execute("cli_newer", "INSERT INTO schema_info (schema_version, writer, source) VALUES (7, 'later', 'x')");

        Run run = Run.of(RecordingDesktop.in(dir), "db", "init", url, "--migrate");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("workbench: localhost:" + PG.port() + "/cli_newer holds incident schema version 7, newer"
                        + " than this version of Incident Workbench writes (1). Upgrade Incident Workbench; it will not"
                        + " change a newer schema.");
    }

    @Test
    void dbWithoutACommandOrWithABadUrlIsABadCommandLine() {
        Run bare = Run.of(RecordingDesktop.in(dir), "db");
        Run badUrl = Run.of(RecordingDesktop.in(dir), "db", "init", "mysql://localhost/x");

        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.errLines()).singleElement().asString().startsWith("workbench: missing command: init");
        assertThat(badUrl.exitCode()).isEqualTo(2);
        assertThat(badUrl.errLines()).singleElement().asString().contains("must start with postgresql://");
    }

    @Test
    void sampleToCreatesTheSchemaLoadsEveryTableAndLeavesNoTemporaryFile() throws Exception {
        String url = PG.newDatabase("cli_sample");
        List<Path> scratchBefore = scratchFolders();

        Run run = Run.of(RecordingDesktop.in(dir), "sample", "--small", "--to", url, "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("schema").asText()).isEqualTo("created incident schema version 1");
        assertThat(report.has("snapshot")).isFalse();
        assertThat(report.get("rows_per_second").asLong()).isPositive();
        Map<String, Long> reported = new LinkedHashMap<>();
        report.get("tables").forEach(t -> reported.put(t.get("table").asText(), t.get("rows").asLong()));
        assertThat(reported).isEqualTo(counts("cli_sample", reported.keySet()));
        assertThat(reported.get("metric_points")).isPositive();
        assertThat(report.get("rows").asLong()).isEqualTo(reported.values().stream().mapToLong(Long::longValue).sum());
        assertThat(run.errLines()).hasSize(EvidenceSchema.TABLES.size() - 1)
                .allSatisfy(l -> assertThat(l).matches("workbench: loaded [a-z_]+ +[0-9,]+ rows"));
        assertThat(scratchFolders()).isEqualTo(scratchBefore);
    }

    @Test
    void syncPushesTheSnapshotsFeedbackOnceAndASecondRunHasNothingLeftToPush() throws Exception {
        String url = PG.newDatabase("cli_sync");
        Path file = dir.resolve("synced.duckdb");
        assertThat(Run.of(RecordingDesktop.in(dir), "sample", "--small", "--to", url, "--out", file.toString())
                .exitCode()).isZero();
        long feedback = counts("cli_sync", List.of("feedback_events")).get("feedback_events");
        assertThat(feedback).isPositive();
        execute("cli_sync", "DELETE FROM feedback_events");

        Run first = Run.of(RecordingDesktop.in(dir), "sync", file.toString(), "--to", url);
        Run second = Run.of(RecordingDesktop.in(dir), "sync", file.toString(), "--to", url);

        assertThat(first.exitCode()).isZero();
        assertThat(first.outLines()).containsExactly("pushed: " + feedback, "already present: 0", "quarantined: 0");
        assertThat(second.outLines()).containsExactly("pushed: 0", "already present: 0", "quarantined: 0");
        assertThat(counts("cli_sync", List.of("feedback_events")).get("feedback_events")).isEqualTo(feedback);
    }

    @Test
    void sampleToRefusesADatabaseHoldingIncidentsUnlessToldToReplaceThem() throws Exception {
        String url = PG.newDatabase("cli_replace");
        Path file = dir.resolve("kept.duckdb");
        assertThat(Run.of(RecordingDesktop.in(dir), "sample", "--small", "--to", url, "--out", file.toString())
                .exitCode()).isZero();
        assertThat(file).exists();
        Map<String, Long> loaded = counts("cli_replace", List.of("incidents", "metric_points", "log_records"));

        Run again = Run.of(RecordingDesktop.in(dir), "sample", "--small", "--to", url);
        Run replaced = Run.of(RecordingDesktop.in(dir), "sample", "--small", "--to", url, "--replace");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.errLines()).singleElement().asString().startsWith("workbench: ").contains("--replace");
        assertThat(replaced.exitCode()).isZero();
        assertThat(replaced.outLines()).anySatisfy(l -> assertThat(l).matches("schema: +incident schema already there"));
        assertThat(counts("cli_replace", loaded.keySet())).isEqualTo(loaded);
    }

    @Test
    void theReadingCommandsPrintTheSameFromTheDatabaseAsFromItsSnapshot() throws Exception {
        String url = PG.newDatabase("cli_read");
        Path file = dir.resolve("read.duckdb");
        assertThat(Run.of(RecordingDesktop.in(dir), "sample", "--small", "--to", url, "--out", file.toString())
                .exitCode()).isZero();
        List<List<String>> commands = List.of(
                List.of("incidents", "--format", "csv"),
                List.of("summary"),
                List.of("series", "--service", "checkout", "--metric", "http_latency_p99_ms", "--agg", "p95",
                        "--bucket", "5m", "--format", "csv"),
                List.of("logs", "--severity", "ERROR", "--text", "timeout", "--limit", "20", "--format", "csv"));

        for (List<String> command : commands) {
            Run fromFile = Run.of(RecordingDesktop.in(dir), withSource(command, file.toString()));
            Run fromDatabase = Run.of(RecordingDesktop.in(dir), withSource(command, url));

            assertThat(fromFile.exitCode()).as(command.get(0)).isZero();
            assertThat(fromFile.out()).as(command.get(0)).isNotBlank();
            assertThat(fromDatabase.exitCode()).as(command.get(0)).isZero();
            assertThat(fromDatabase.out()).as(command.get(0)).isEqualTo(fromFile.out());
        }
    }

    @Test
    void aReadingCommandOnAProfileThatDoesNotFitSaysWhereInOneLine() throws Exception {
        String url = PG.newDatabase("cli_seed");
        assertThat(Run.of(RecordingDesktop.in(dir), "sample", "--small", "--to", url).exitCode()).isZero();

        Run run = Run.of(RecordingDesktop.in(dir), "incidents", url, "--profile", "seed-layout");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).first().asString().startsWith("workbench: ").contains("seed-layout");
    }

    private static String[] withSource(List<String> command, String source) {
        List<String> args = new ArrayList<>(command);
        args.add(1, source);
        return args.toArray(String[]::new);
    }

    @Test
    void replaceWithoutADatabaseIsABadCommandLine() {
        Run run = Run.of(RecordingDesktop.in(dir), "sample", "--out", dir.resolve("x.duckdb").toString(), "--replace");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("--replace needs --to URL");
    }

    private static void execute(String database, String sql) throws SQLException {
        try (Connection c = PG.connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Map<String, Long> counts(String database, Iterable<String> tables) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = PG.connect(database); Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    out.put(table, rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static List<Path> scratchFolders() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("workbench-sample")).sorted().toList();
        }
    }
}
