package org.incidentworkbench.app;

import java.nio.file.Path;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.sample.GenerationResult;
import org.incidentworkbench.sample.SampleGenerator;
import org.incidentworkbench.sample.SampleSpec;
import org.incidentworkbench.sample.Scenario;
import org.incidentworkbench.storage.duckdb.DuckDbIncidentSource;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;

/** The small sample of the default scenario as a snapshot file, and the id of its first incident, as the command line takes them. */
record SmallSample(String file, String incident) {

    /** Generates it into {@code dir} (seconds: once per test class). */
    static SmallSample generate(Path dir) {
        GenerationResult generated = SampleGenerator.generate(SampleSpec.small(Scenario.defaultScenario(), 42),
                dir.resolve("sample.duckdb"));
        try (DuckDbIncidentSource source = DuckDbSnapshots.open(generated.snapshot())) {
            return new SmallSample(generated.snapshot().toString(), source.incidents(Cancellation.none()).get(0).id().toString());
        }
    }
}
