package org.incidentworkbench.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.incidentworkbench.analysis.incidents.IncidentSummarizer;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.storage.export.ExportProgress;
import org.incidentworkbench.storage.export.ExportRequest;
import org.incidentworkbench.storage.export.ExportResult;
import org.incidentworkbench.storage.export.ManifestVerifier;
import org.incidentworkbench.storage.export.SnapshotExporter;
import org.incidentworkbench.storage.export.SnapshotManifest;
import org.incidentworkbench.storage.export.TableCheck;
import org.incidentworkbench.storage.postgres.LoadProgress;
import org.incidentworkbench.storage.postgres.PostgresIncidentSource;
import org.incidentworkbench.storage.postgres.PostgresSources;
import org.incidentworkbench.storage.postgres.PostgresTarget;
import org.incidentworkbench.storage.postgres.SnapshotLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;

/**
 * The default sample's most pressing incident exported from PostgreSQL into a snapshot with the
 * default scope (30 minutes of margin, the baseline a day earlier, two hops), against, as the
 * baseline, PostgreSQL's own {@code COPY (SELECT ...) TO STDOUT} of the same rows read by PgJDBC's
 * CopyManager and thrown away; and the verification of the exported file. The set-up prints each
 * side's row count so the two can be seen to move the same rows. Three warm-up shots: the JIT keeps
 * compiling the export's paths (driver, appender, miner) over the first runs, on the core the
 * export needs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class ExportBenchmark {

    private BenchPostgres server;
    private PostgresTarget database;
    private PostgresIncidentSource source;
    private ExportRequest request;
    private Path dir;
    private ExportResult exported;
    private List<String> copies;

    @Setup(Level.Trial)
    public void loadAndExportOnce() throws IOException, SQLException {
        server = BenchPostgres.start();
        database = server.newDatabase("export");
        SnapshotLoader.load(SampleSnapshot.defaultScenario(), database, false, LoadProgress.NONE, Cancellation.none());
        try (Connection c = database.openWriter(); Statement st = c.createStatement()) {
            // Autovacuum would otherwise visit the fresh load during the measurements, on the same cores.
            st.execute("VACUUM");
        }
        source = PostgresSources.open(database);
        request = ExportRequest.of(IncidentSummarizer.mostPressing(source.incidents(Cancellation.none())).orElseThrow().id());
        dir = Files.createTempDirectory("workbench-export");
        exported = exportFromPostgres();
        copies = copyStatements(exported.manifest());
        long exportedRows = exported.manifest().tables().values().stream().mapToLong(SnapshotManifest.Table::rows).sum();
        System.out.printf("export: %,d rows (%s); COPY baseline: %,d rows%n", exportedRows,
                exported.manifest().tables().entrySet().stream().filter(e -> e.getValue().rows() > 1000)
                        .map(e -> e.getKey() + " " + e.getValue().rows()).collect(Collectors.joining(", ")),
                copyTheSameRows());
    }

    @Benchmark
    @ComparedTo(value = "ExportBenchmark.copyTheSameRows",
            source = "issue 5: export from PostgreSQL within 2x of PostgreSQL's own COPY TO of the same rows")
    public ExportResult exportFromPostgres() {
        return new SnapshotExporter(Clock.systemUTC()).export(source, request, dir.resolve("export.duckdb"),
                ExportProgress.NONE, Cancellation.none());
    }

    @Benchmark
    @Baseline("PostgreSQL's COPY (SELECT ...) TO STDOUT of the rows the export keeps, read by PgJDBC and discarded")
    public long copyTheSameRows() throws SQLException {
        long rows = 0;
        try (Connection c = database.openWriter()) {
            for (String sql : copies) {
                rows += c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + sql + ") TO STDOUT", OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            throw new SQLException(e);
        }
        return rows;
    }

    @Benchmark
    @ComparedTo(value = "ExportBenchmark.exportFromPostgres", source = "issue 5: verify time (no target set), beside the export's")
    public List<TableCheck> verifyTheExport() {
        return ManifestVerifier.verify(exported.file(), Cancellation.none());
    }

    /**
     * The export's rows as plain SELECTs: signals of the kept services inside the windows, whole
     * traces that start in a window on a kept service, the incident's own records, the changes of the
     * kept services, and the knowledge base whole.
     */
    private static List<String> copyStatements(SnapshotManifest m) {
        String services = m.services().stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "));
        String inWindows = "(%1$s >= '" + m.window().start() + "' AND %1$s < '" + m.window().end() + "' OR %1$s >= '"
                + m.baseline().start() + "' AND %1$s < '" + m.baseline().end() + "')";
        String ids = "(SELECT service_id FROM services WHERE service_name IN (" + services + "))";
        String incident = "'" + m.incidentId() + "'";
        return List.of(
                "SELECT * FROM services WHERE service_name IN (" + services + ")",
                "SELECT * FROM topology_edges WHERE src IN (" + services + ") AND dst IN (" + services + ")",
                "SELECT * FROM incidents WHERE incident_id = " + incident,
                "SELECT * FROM incident_decisions WHERE incident_id = " + incident,
                "SELECT * FROM incident_hypotheses WHERE incident_id = " + incident,
                "SELECT * FROM evidence_artifacts WHERE incident_id = " + incident,
                "SELECT * FROM incident_reports WHERE incident_id = " + incident,
                "SELECT * FROM feedback_events WHERE incident_id = " + incident,
                "SELECT * FROM deployment_events WHERE service_id IN " + ids + " AND " + inWindows.formatted("started_at"),
                "SELECT * FROM metric_points WHERE service IN (" + services + ") AND " + inWindows.formatted("ts"),
                "SELECT * FROM log_records WHERE service IN (" + services + ") AND " + inWindows.formatted("ts"),
                "SELECT * FROM spans WHERE trace_id IN (SELECT trace_id FROM spans WHERE parent_span_id IS NULL AND "
                        + inWindows.formatted("start_time") + ") AND trace_id IN (SELECT trace_id FROM spans WHERE service IN ("
                        + services + "))",
                "SELECT * FROM kb_documents",
                "SELECT * FROM kb_embeddings");
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        source.close();
        server.close();
        Files.deleteIfExists(dir.resolve("export.duckdb"));
        Files.delete(dir);
    }
}
