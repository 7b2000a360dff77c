package org.incidentworkbench.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.storage.postgres.LoadProgress;
import org.incidentworkbench.storage.postgres.LoadResult;
import org.incidentworkbench.storage.postgres.PostgresTarget;
import org.incidentworkbench.storage.postgres.SnapshotLoader;
import org.incidentworkbench.storage.schema.DeclaredColumns;
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

/**
 * The default sample (1.58 M rows) loaded into a new database holding the incident schema: through
 * {@link SnapshotLoader}, and, as the baseline, by PostgreSQL's own {@code COPY ... FROM} of the same
 * rows exported as CSV files beforehand. Both in one transaction, into the same indexed tables.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
public class PostgresLoadBenchmark {

    private BenchPostgres server;
    private Path csv;
    private PostgresTarget target;
    private int databases;

    @Setup(Level.Trial)
    public void startServerAndExportCsv() throws IOException, SQLException {
        server = BenchPostgres.start();
        csv = Files.createTempDirectory("workbench-csv");
        CsvExport.export(SampleSnapshot.defaultScenario(), SnapshotLoader.DATA_TABLES, csv);
    }

    @Setup(Level.Iteration)
    public void newDatabase() {
        target = server.newDatabase("load" + databases++);
    }

    @Benchmark
    @ComparedTo(value = "PostgresLoadBenchmark.copyDefaultScenarioFromCsv",
            source = "issue 4: load the default scenario, against COPY FROM of the same CSV as the baseline")
    public LoadResult loadDefaultScenarioThroughTheLoader() {
        return SnapshotLoader.load(SampleSnapshot.defaultScenario(), target, false, LoadProgress.NONE, Cancellation.none());
    }

    @Benchmark
    @Baseline("PostgreSQL's server-side COPY FROM of the CSV files, in one transaction")
    public void copyDefaultScenarioFromCsv() throws SQLException {
        try (Connection c = target.openWriter(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String table : SnapshotLoader.DATA_TABLES) {
                String columns = String.join(", ", DeclaredColumns.of(table).stream().map(DeclaredColumns.DeclaredColumn::name).toList());
                s.execute("COPY " + table + " (" + columns + ") FROM '" + CsvExport.file(csv, table) + "' (FORMAT csv)");
            }
            c.commit();
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        server.close();
        try (Stream<Path> files = Files.list(csv)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(csv);
    }
}
