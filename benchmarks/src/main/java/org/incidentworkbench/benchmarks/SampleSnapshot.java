package org.incidentworkbench.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.incidentworkbench.sample.SampleGenerator;
import org.incidentworkbench.sample.SampleSpec;
import org.incidentworkbench.sample.Scenario;

/**
 * The default sample incident (seed 42) that the read benchmarks query. It is deterministic, so it
 * is generated once into the benchmark folder and reused by every fork.
 */
final class SampleSnapshot {

    static final long SEED = 42;

    private SampleSnapshot() {
    }

    static Path defaultScenario() {
        Path dir = Path.of(System.getProperty("workbench.bench.dir", System.getProperty("java.io.tmpdir")))
                .resolve("incident-workbench-bench");
        Path file = dir.resolve(Scenario.defaultScenario().cliName() + "-" + SEED + ".duckdb");
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SampleGenerator.generate(SampleSpec.full(Scenario.defaultScenario(), SEED), file);
        }
        return file;
    }
}
