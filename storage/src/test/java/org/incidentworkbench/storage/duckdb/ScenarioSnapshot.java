package org.incidentworkbench.storage.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's {@link TestScenario}, written to a snapshot in a temporary folder and opened
 * once for all its tests: {@code @RegisterExtension static final ScenarioSnapshot DATA = new ScenarioSnapshot(seed);}
 */
final class ScenarioSnapshot implements BeforeAllCallback, AfterAllCallback {

    private final long seed;
    private Path dir;
    private Path file;
    private TestScenario scenario;
    private DuckDbIncidentSource source;

    ScenarioSnapshot(long seed) {
        this.seed = seed;
    }

    TestScenario scenario() {
        return scenario;
    }

    /** The snapshot file, for tests that open it again. */
    Path file() {
        return file;
    }

    DuckDbIncidentSource source() {
        return source;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("scenario-snapshot");
        file = dir.resolve(context.getRequiredTestClass().getSimpleName() + ".duckdb");
        scenario = TestScenario.generate(seed);
        scenario.write(file);
        source = DuckDbSnapshots.open(file);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        source.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
