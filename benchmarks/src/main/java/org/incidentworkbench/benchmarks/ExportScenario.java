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
import org.postgresql.PGConnection;

/**
 * What the export benchmarks time: the default sample's most pressing incident exported from
 * PostgreSQL into a snapshot with the default scope (30 minutes of margin, the baseline a day
 * earlier, two hops); as the baseline, PostgreSQL's own {@code COPY (SELECT ...) TO STDOUT} of the
 * same rows read by PgJDBC's CopyManager and thrown away; and the verification of the exported file.
 */
final class ExportScenario implements AutoCloseable {

    private final BenchPostgres server;
    private final PostgresTarget database;
    private final PostgresIncidentSource source;
    private final ExportRequest request;
    private final Path dir;
    private final ExportResult exported;
    private final List<String> copies;

    private ExportScenario(BenchPostgres server, PostgresTarget database, Path dir) {
        this.server = server;
        this.database = database;
        this.dir = dir;
        this.source = PostgresSources.open(database);
        this.request = ExportRequest.of(IncidentSummarizer.mostPressing(source.incidents(Cancellation.none())).orElseThrow().id());
        this.exported = export();
        this.copies = copyStatements(exported.manifest());
    }

    /** Loads the sample into a new server and exports once; prints each side's row count, so the two can be seen to move the same rows. */
    static ExportScenario start() throws IOException, SQLException {
        BenchPostgres server = BenchPostgres.start();
        PostgresTarget database = server.newDatabase("export");
        SnapshotLoader.load(SampleSnapshot.defaultScenario(), database, false, LoadProgress.NONE, Cancellation.none());
        try (Connection c = database.openWriter(); Statement st = c.createStatement()) {
            // Autovacuum would otherwise visit the fresh load during the measurements, on the same cores.
            st.execute("VACUUM");
        }
        ExportScenario scenario = new ExportScenario(server, database, Files.createTempDirectory("workbench-export"));
        SnapshotManifest m = scenario.exported.manifest();
        System.out.printf("export: %,d rows (%s); COPY baseline: %,d rows%n",
                m.tables().values().stream().mapToLong(SnapshotManifest.Table::rows).sum(),
                m.tables().entrySet().stream().filter(e -> e.getValue().rows() > 1000)
                        .map(e -> e.getKey() + " " + e.getValue().rows()).collect(Collectors.joining(", ")),
                scenario.copy());
        return scenario;
    }

    ExportResult export() {
        return new SnapshotExporter(Clock.systemUTC()).export(source, request, dir.resolve("export.duckdb"),
                ExportProgress.NONE, Cancellation.none());
    }

    /** The baseline: returns the rows copied. */
    long copy() throws SQLException {
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

    /** Verifies the file the first export wrote. */
    List<TableCheck> verify() {
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

    @Override
    public void close() throws IOException {
        source.close();
        server.close();
        Files.deleteIfExists(dir.resolve("export.duckdb"));
        Files.delete(dir);
    }
}
