package org.incidentworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.incidentworkbench.storage.schema.EvidenceSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code profile list} and {@code profile check} against a real PostgreSQL holding the canonical schema (empty). */
class ProfileCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final PostgresServer PG = new PostgresServer();
    private static String url;

    @TempDir
    Path dir;

    @BeforeAll
    static void canonicalSchema() throws Exception {
        url = PG.newDatabase("profiles");
        try (Connection c = PG.connect("profiles"); Statement s = c.createStatement()) {
            for (String sql : EvidenceSchema.statements(EvidenceSchema.Engine.POSTGRES)) {
                s.execute(sql);
            }
        }
    }

    private static String url() {
        return url;
    }

    @Test
    void checkPrintsTheServerAndThatTheCanonicalProfileFits() throws Exception {
        Run run = Run.of(RecordingDesktop.in(dir), "profile", "check", url(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("server").asText()).startsWith("PostgreSQL ").contains("no Apache AGE");
        assertThat(report.get("profile").asText()).isEqualTo("canonical");
        assertThat(report.get("fits").asText()).isEqualTo("yes");
        assertThat(report.get("relations")).hasSize(20).allSatisfy(r -> assertThat(r.get("problem").isNull()).isTrue());
    }

    @Test
    void checkOfAProfileThatDoesNotFitListsEachProblemAtItsLineAndFails() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("profiles"));
        Path mine = folder.resolve("mine.json");
        String canonical;
        try (var in = ProfileCommandsTest.class.getResourceAsStream("/org/incidentworkbench/storage/profiles/canonical.json")) {
            canonical = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Files.writeString(mine, canonical
                .replace("\"name\": \"canonical\"", "\"name\": \"mine\"")
                .replace("SELECT name, type, unit, description FROM metric_descriptors",
                        "SELECT name, kind AS type, unit, description FROM metric_descriptors"));

        Run run = Run.of(RecordingDesktop.in(dir), "profile", "check", url(), "--profile", "mine");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l).matches("fits: +no: 1 problem"))
                .anySatisfy(l -> assertThat(l).matches("metric_descriptors +\\d+ +- +column \"kind\" does not exist"));
    }

    @Test
    void aMalformedProfileIsOnePlainErrorWithItsLineAndColumn() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"name\": \"broken\",\n  \"relations\": {,}\n}\n");

        Run run = Run.of(RecordingDesktop.in(dir), "profile", "check", url(), "--profile", broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("workbench: profile \"broken\" (" + broken + "), line 3, column 17: not valid JSON: ");
    }

    @Test
    void listShowsTheBuiltInProfilesThenTheUsersFiles() throws Exception {
        Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(dir.resolve("profiles/half.json"), "{\"name\": \"half\"}");

        Run run = Run.of(RecordingDesktop.in(dir), "profile", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l).startsWith("canonical ").contains("built-in"))
                .anySatisfy(l -> assertThat(l).startsWith("seed-layout ").contains("built-in"))
                .anySatisfy(l -> assertThat(l).startsWith("half ").contains("does not load: profile \"half\""));
    }
}
