package org.incidentworkbench.benchmarks;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.incidentworkbench.storage.export.ExportResult;
import org.incidentworkbench.storage.export.TableCheck;
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
 * The {@link ExportScenario}'s export, its COPY baseline and the verification of the exported file,
 * each timed on its own by JMH. Three warm-up shots: the JIT keeps compiling the export's paths
 * (driver, appender, miner) over the first runs, on the core the export needs. The machine's speed
 * drifts between JMH's runs of the two sides; {@link RunExportRatio} alternates them instead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class ExportBenchmark {

    private ExportScenario scenario;

    @Setup(Level.Trial)
    public void loadAndExportOnce() throws IOException, SQLException {
        scenario = ExportScenario.start();
    }

    @Benchmark
    @ComparedTo(value = "ExportBenchmark.copyTheSameRows",
            source = "issue 5: export from PostgreSQL within 2x of PostgreSQL's own COPY TO of the same rows")
    public ExportResult exportFromPostgres() {
        return scenario.export();
    }

    @Benchmark
    @Baseline("PostgreSQL's COPY (SELECT ...) TO STDOUT of the rows the export keeps, read by PgJDBC and discarded")
    public long copyTheSameRows() throws SQLException {
        return scenario.copy();
    }

    @Benchmark
    @ComparedTo(value = "ExportBenchmark.exportFromPostgres", source = "issue 5: verify time (no target set), beside the export's")
    public List<TableCheck> verifyTheExport() {
        return scenario.verify();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        scenario.close();
    }
}
