package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.storage.export.ExportProgress;
import org.incidentworkbench.storage.export.ExportRequest;
import org.incidentworkbench.storage.export.ExportResult;
import org.incidentworkbench.storage.export.ManifestVerifier;
import org.incidentworkbench.storage.export.SnapshotExporter;
import org.incidentworkbench.storage.export.SnapshotManifest;
import org.incidentworkbench.storage.export.TableCheck;
import org.incidentworkbench.storage.schema.EvidenceSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same incident exported from PostgreSQL and from the snapshot PostgreSQL was loaded from: the
 * two files hold the same rows, which the manifests' canonical hashes show table by table; and an
 * export from PostgreSQL cancelled midway leaves nothing behind. Lives beside
 * {@link LiveScenario}, which starts the shared server.
 */
class ExportFromPostgresTest {

    @RegisterExtension
    static final LiveScenario PG = new LiveScenario();
    static final Cancellation NONE = Cancellation.none();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void anIncidentExportedFromPostgresEqualsTheSameIncidentExportedFromTheSnapshot() {
        Incident incident = PG.scenario().incidents.stream().filter(i -> i.serviceName().equals("checkout"))
                .findFirst().orElseThrow();
        ExportRequest request = ExportRequest.of(incident.id());

        ExportResult fromSnapshot = export(PG.duck(), request, dir.resolve("from-snapshot.duckdb"));
        ExportResult fromPostgres;
        try (PostgresIncidentSource pg = PostgresSources.open(PG.target())) {
            fromPostgres = export(pg, request, dir.resolve("from-postgres.duckdb"));
        }

        assertThat(fromPostgres.manifest().sourceKind()).isEqualTo("postgres");
        assertThat(fromPostgres.manifest().sourceLocation()).doesNotContain(LiveScenario.PASSWORD);
        // schema_info records which source wrote the file, so it is the one table that differs by design.
        assertThat(evidence(fromPostgres)).containsExactlyEntriesOf(evidence(fromSnapshot)).hasSize(EvidenceSchema.TABLES.size() - 1);
        assertThat(fromSnapshot.manifest().tables().get("log_records").rows()).isPositive();
        assertThat(fromSnapshot.manifest().tables().get("spans").rows()).isPositive();
        List<TableCheck> checks = ManifestVerifier.verify(fromPostgres.file(), NONE);
        assertThat(checks).allMatch(c -> c.status() == TableCheck.Status.OK);
    }

    @Test
    void cancellingAnExportFromPostgresMidwayLeavesNoFile() throws Exception {
        Cancellation cancel = Cancellation.create();
        try (PostgresIncidentSource pg = PostgresSources.open(PG.target())) {
            assertThatThrownBy(() -> new SnapshotExporter(CLOCK).export(pg, checkout(), dir.resolve("cancelled.duckdb"),
                    (table, rows, fraction) -> {
                        if (table.equals("metric_points")) {
                            cancel.cancel();
                        }
                    }, cancel)).isInstanceOf(ReadCancelledException.class);
        }
        assertThat(filesIn(dir)).isEmpty();
    }

    private static ExportRequest checkout() {
        return ExportRequest.of(PG.scenario().incidents.stream().filter(i -> i.serviceName().equals("checkout"))
                .findFirst().orElseThrow().id());
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    private static Map<String, SnapshotManifest.Table> evidence(ExportResult result) {
        Map<String, SnapshotManifest.Table> tables = new LinkedHashMap<>(result.manifest().tables());
        tables.remove("schema_info");
        return tables;
    }

    private static ExportResult export(IncidentSource source, ExportRequest request, Path out) {
        return new SnapshotExporter(CLOCK).export(source, request, out, ExportProgress.NONE, NONE);
    }
}
