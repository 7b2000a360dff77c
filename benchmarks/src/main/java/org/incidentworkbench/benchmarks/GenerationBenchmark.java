package org.incidentworkbench.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.incidentworkbench.sample.GenerationResult;
import org.incidentworkbench.sample.SampleGenerator;
import org.incidentworkbench.sample.SampleSpec;
import org.incidentworkbench.sample.Scenario;
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

/** Time to generate the default sample incident (24 h of metrics, logs, spans and changes) into a new snapshot. */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
public class GenerationBenchmark {

    private Path dir;
    private Path file;

    @Setup(Level.Iteration)
    public void newTarget() throws IOException {
        dir = Files.createTempDirectory("workbench-gen");
        file = dir.resolve("sample.duckdb");
    }

    @TearDown(Level.Iteration)
    public void removeTarget() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Benchmark
    @Goal(millis = 15_000, source = "issue 2: generation of the default scenario under 15 s")
    public GenerationResult generateDefaultScenario() {
        return SampleGenerator.generate(SampleSpec.full(Scenario.defaultScenario(), SampleSnapshot.SEED), file);
    }
}
