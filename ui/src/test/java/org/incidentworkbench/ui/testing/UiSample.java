package org.incidentworkbench.ui.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.sample.SampleGenerator;
import org.incidentworkbench.sample.SampleSpec;
import org.incidentworkbench.sample.Scenario;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;

/**
 * The sample snapshot views are tested on: the small default scenario (3 hours around the
 * incident), generated once per test JVM into a temporary folder.
 */
public final class UiSample {

    private static Path file;

    private UiSample() {
    }

    public static synchronized Path file() {
        if (file == null) {
            try {
                Path dir = Files.createTempDirectory("ui-sample");
                file = dir.resolve("sample.duckdb");
                SampleGenerator.generate(SampleSpec.small(Scenario.defaultScenario(), SampleSpec.DEFAULT_SEED), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    /** A new source on the sample; the caller closes it. */
    public static IncidentSource open() {
        return DuckDbSnapshots.open(file());
    }
}
