package org.incidentworkbench.storage.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.duckdb.TestScenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export from a snapshot of the seeded scenario: what is kept, the manifest, and what a failure
 * leaves. A read-only folder, a full disk and a killed export need a process of their own (root
 * writes anywhere; a file size cap or a kill would hit the test JVM): see app's ExportFailuresTest.
 */
class ExportFromSnapshotTest {

    static final Cancellation NONE = Cancellation.none();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path shared;
    static TestScenario scenario;
    static IncidentSource source;

    @TempDir
    Path dir;

    @BeforeAll
    static void write() {
        scenario = TestScenario.generate(42);
        scenario.write(shared.resolve("scenario.duckdb"));
        source = DuckDbSnapshots.open(shared.resolve("scenario.duckdb"));
    }

    @AfterAll
    static void close() {
        source.close();
    }

    static Incident incidentOn(String service) {
        return scenario.incidents.stream().filter(i -> i.serviceName().equals(service)).findFirst().orElseThrow();
    }

    ExportResult export(ExportRequest request, Path out) {
        return new SnapshotExporter(CLOCK).export(source, request, out, ExportProgress.NONE, NONE);
    }

    static List<String> column(Path file, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void keepsTheServicesWithinTheHopsAndTheRowsInsideTheWindows() throws Exception {
        Incident incident = incidentOn("payments");
        Path out = dir.resolve("one-hop.duckdb");
        ExportResult result = export(new ExportRequest(incident.id(), Duration.ofMinutes(5), Duration.ofDays(1), 1), out);

        // payments: checkout calls it and it reads postgres; cart and edge-gateway are two hops away.
        assertThat(column(out, "SELECT service_name FROM services ORDER BY 1")).containsExactly("checkout", "payments", "postgres");
        assertThat(column(out, "SELECT src || '>' || dst FROM topology_edges ORDER BY 1"))
                .containsExactly("checkout>payments", "payments>postgres");
        assertThat(column(out, "SELECT DISTINCT service FROM metric_points ORDER BY 1")).containsExactly("checkout", "payments", "postgres");
        assertThat(column(out, "SELECT DISTINCT service FROM log_records ORDER BY 1")).containsExactly("checkout", "payments", "postgres");
        Instant from = incident.windowStart().minus(Duration.ofMinutes(5));
        Instant to = incident.windowEnd().plus(Duration.ofMinutes(5));
        assertThat(column(out, "SELECT count(*) FROM log_records WHERE ts < '" + from + "' OR ts >= '" + to + "'")).containsExactly("0");
        long inWindow = scenario.logs.stream().filter(l -> !l.ts().isBefore(from) && l.ts().isBefore(to))
                .filter(l -> List.of("checkout", "payments", "postgres").contains(l.service())).count();
        assertThat(result.manifest().tables().get("log_records").rows()).isEqualTo(inWindow).isPositive();
        assertThat(column(out, "SELECT count(*) FROM incidents")).containsExactly("1");
        assertThat(column(out, "SELECT CAST(incident_id AS VARCHAR) FROM incidents")).containsExactly(incident.id().toString());
        assertThat(column(out, "SELECT DISTINCT CAST(incident_id AS VARCHAR) FROM incident_hypotheses"))
                .containsExactly(incident.id().toString());
        assertThat(result.manifest().tables().get("kb_embeddings").rows()).isEqualTo(scenario.embeddings.size());
        assertThat(result.manifest().services()).containsExactly("checkout", "payments", "postgres");
        assertThat(result.manifest().sourceKind()).isEqualTo("duckdb");
    }

    @Test
    void theManifestVerifiesAndATamperedTableIsNamed() throws Exception {
        Path out = dir.resolve("x.duckdb");
        export(ExportRequest.of(incidentOn("checkout").id()), out);
        assertThat(ManifestVerifier.verify(out, NONE)).allMatch(TableCheck::matches);

        Path copy = dir.resolve("tampered.duckdb");
        Files.copy(out, copy);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("UPDATE log_records SET body = 'edited' WHERE log_id = (SELECT min(log_id) FROM log_records)");
        }
        List<TableCheck> checks = ManifestVerifier.verify(copy, NONE);
        assertThat(ManifestVerifier.mismatched(checks)).containsExactly("log_records");
    }

    @Test
    void cancellingLeavesNoFileAndNoTemporaryFile() throws Exception {
        Cancellation cancel = Cancellation.create();
        Path out = dir.resolve("cancelled.duckdb");
        assertThatThrownBy(() -> new SnapshotExporter(CLOCK).export(source, ExportRequest.of(incidentOn("checkout").id()), out,
                (table, rows, fraction) -> {
                    if (table.equals("log_records")) {
                        cancel.cancel();
                    }
                }, cancel)).isInstanceOf(ReadCancelledException.class);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aLeftoverTemporaryFileIsRemovedByTheNextExport() throws Exception {
        Path out = dir.resolve("again.duckdb");
        Files.writeString(dir.resolve(".again.duckdb.partial-0123abcd"), "killed half way");
        Files.writeString(dir.resolve(".again.duckdb.partial-0123abcd.wal"), "killed half way");
        export(ExportRequest.of(incidentOn("checkout").id()), out);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(out);
        }
    }

    @Test
    void aMissingFolderGetsAPlainMessageNamingIt() {
        Path folder = dir.resolve("nowhere");
        assertThatThrownBy(() -> export(ExportRequest.of(incidentOn("checkout").id()), folder.resolve("x.duckdb")))
                .isInstanceOf(SourceException.class).hasMessageContaining(folder.toString()).hasMessageContaining("does not exist");
    }

    @Test
    void anIncidentTheSourceLacksIsNamedAndLeavesNoFile() throws Exception {
        UUID missing = UUID.fromString("00000000-0000-0000-0000-00000000beef");
        assertThatThrownBy(() -> export(ExportRequest.of(missing), dir.resolve("missing.duckdb")))
                .isInstanceOf(SourceException.class).hasMessageContaining("There is no incident " + missing);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
