package org.incidentworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.storage.duckdb.DuckDbIncidentSource;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.schema.EvidenceSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} and {@code verify}, in-process, from the small sample's snapshot and from PostgreSQL. */
class ExportCommandsTest {

    @RegisterExtension
    static final PostgresServer PG = new PostgresServer();

    @TempDir
    static Path shared;
    static String sample;
    static String incident;
    static Workbench workbench;
    /** One export of the sample's incident, shared: an export takes seconds. */
    static Path exported;
    static Run export;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateSample() {
        SmallSample generated = SmallSample.generate(shared);
        sample = generated.file();
        incident = generated.incident();
        workbench = RecordingDesktop.in(shared.resolve("data"));
        exported = shared.resolve("export.duckdb");
        export = Run.of(workbench, "export", sample, "--incident", incident, "--out", exported.toString());
    }

    @Test
    void exportPrintsTheRowsOfEveryTableAndVerifySaysOkForEach() {
        Run verify = Run.of(workbench, "verify", exported.toString());

        assertThat(export.exitCode()).isZero();
        assertThat(export.err()).isEmpty();
        assertThat(export.out()).contains("incident: " + incident).containsPattern("(?m)^table +rows$");
        for (String table : EvidenceSchema.TABLES) {
            assertThat(export.out()).containsPattern("(?m)^" + table + " +\\d+$");
        }
        assertThat(export.out()).containsPattern("(?m)^log_records +[1-9]\\d*$");
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.err()).isEmpty();
        for (String table : EvidenceSchema.TABLES) {
            assertThat(verify.out()).containsPattern("(?m)^" + table + " +OK +(\\d+) +\\1$");
        }
    }

    @Test
    void verifyOfATamperedCopyExitsWithOneAndNamesTheTable() throws Exception {
        Path out = Files.copy(exported, dir.resolve("tampered.duckdb"));
        SnapshotEdit.run(out, "DELETE FROM spans WHERE span_id = (SELECT min(span_id) FROM spans)");

        Run verify = Run.of(workbench, "verify", out.toString());

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).containsPattern("(?m)^spans +MISMATCH +(\\d+) +\\d+$")
                .containsPattern("(?m)^log_records +OK ");
        assertThat(verify.errLines()).singleElement().asString()
                .isEqualTo("workbench: " + out + " no longer matches its manifest: spans was changed after export,"
                        + " so treat this snapshot as altered evidence.");
    }

    @Test
    void exportIntoAMissingFolderIsOnePlainLineAndExitOne() {
        Path folder = dir.resolve("nowhere");

        Run export = Run.of(workbench, "export", sample, "--incident", incident, "--out", folder.resolve("x.duckdb").toString());

        assertThat(export.exitCode()).isEqualTo(1);
        assertThat(export.out()).isEmpty();
        assertThat(export.errLines()).singleElement().asString().startsWith("workbench: ")
                .contains(folder.toString()).contains("does not exist").doesNotContain("Exception");
        assertThat(folder).doesNotExist();
    }

    @Test
    void verifyOfASnapshotWithoutAManifestSaysSo() {
        Run verify = Run.of(workbench, "verify", sample);

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.errLines()).singleElement().asString().contains("has no manifest");
    }

    @Test
    void theSameIncidentExportedFromPostgresHoldsTheSameRowsAndVerifies() throws Exception {
        // One hop and a minute of margin keep this test quick; ExportFromPostgresTest compares whole exports.
        String url = PG.newDatabase("cli_export");
        Path loaded = dir.resolve("loaded.duckdb");
        assertThat(Run.of(workbench, "sample", "--small", "--to", url, "--out", loaded.toString()).exitCode()).isZero();
        String id;
        try (DuckDbIncidentSource source = DuckDbSnapshots.open(loaded)) {
            id = source.incidents(Cancellation.none()).get(0).id().toString();
        }

        Run fromFile = Run.of(workbench, "export", loaded.toString(), "--incident", id, "--hops", "1", "--margin", "1m",
                "--out", dir.resolve("from-file.duckdb").toString(), "--format", "csv");
        Run fromDatabase = Run.of(workbench, "export", url, "--incident", id, "--hops", "1", "--margin", "1m",
                "--out", dir.resolve("from-db.duckdb").toString(), "--format", "csv");

        assertThat(fromDatabase.exitCode()).isZero();
        assertThat(fromDatabase.out()).isEqualTo(fromFile.out());
        assertThat(Run.of(workbench, "verify", dir.resolve("from-db.duckdb").toString()).exitCode()).isZero();
    }
}
