package org.incidentworkbench.storage.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.duckdb.SnapshotFormatException;
import org.incidentworkbench.storage.duckdb.TestScenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small exported snapshot mutated in many seeded random ways (cut at a random length, or a few
 * bytes flipped at random offsets), each mutant opened through the real opener, read once and
 * checked against its manifest as the desktop does on open. Each must either work or fail with a
 * plain {@link SourceException} naming the file, within a time limit; the test process surviving
 * them all is the rest of the proof. SnapshotOpenTest covers the named cases (empty, noise, half,
 * damaged, newer schema) one by one.
 */
class MutatedSnapshotTest {

    static final long SEED = 20260305;
    static final int MUTANTS = 150;
    /** Far above what one small mutant takes (well under a second); only a hang comes near it. */
    static final Duration LIMIT = Duration.ofSeconds(30);
    static final Cancellation NONE = Cancellation.none();

    @TempDir
    static Path shared;
    static Path valid;
    static ExecutorService worker;

    @TempDir
    Path dir;

    @BeforeAll
    static void exportASmallSnapshot() {
        TestScenario scenario = TestScenario.generate(7);
        Path whole = shared.resolve("scenario.duckdb");
        scenario.write(whole);
        Incident incident = scenario.incidents.get(0);
        valid = shared.resolve("valid.duckdb");
        try (IncidentSource source = DuckDbSnapshots.open(whole)) {
            new SnapshotExporter(ExportFromSnapshotTest.CLOCK).export(source,
                    new ExportRequest(incident.id(), Duration.ofMinutes(5), ExportRequest.DEFAULT_BASELINE_OFFSET, 1),
                    valid, ExportProgress.NONE, NONE);
        }
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mutant-opener");
            t.setDaemon(true); // a hung mutant must not keep the test JVM alive
            return t;
        });
    }

    @AfterAll
    static void stop() {
        worker.shutdownNow();
    }

    @Test
    void everyMutantOpensOrFailsPlainlyInTime() throws Exception {
        byte[] original = Files.readAllBytes(valid);
        Random random = new Random(SEED);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < MUTANTS; i++) {
            boolean truncate = random.nextBoolean();
            byte[] bytes = truncate ? Arrays.copyOf(original, random.nextInt(original.length)) : flipped(original, random);
            String name = String.format("mutant-%03d-%s.duckdb", i, truncate ? "cut-" + bytes.length : "flipped");
            Path mutant = Files.write(dir.resolve(name), bytes);
            String outcome = openReadAndCheck(mutant);
            outcomes.merge(outcome, 1, Integer::sum);
            Files.deleteIfExists(mutant);
        }
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).as("mutants by outcome: %s", outcomes)
                .isEqualTo(MUTANTS);
    }

    /** One to eight bytes flipped; a third of the time inside the first blocks, where DuckDB keeps its headers. */
    private static byte[] flipped(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int flips = 1 + random.nextInt(8);
        for (int f = 0; f < flips; f++) {
            int range = random.nextInt(3) == 0 ? Math.min(bytes.length, 3 * 4096) : bytes.length;
            bytes[random.nextInt(range)] ^= (byte) (1 + random.nextInt(255));
        }
        return bytes;
    }

    /** "works", "works, altered" or the kind of plain failure; fails the test on anything else. */
    private String openReadAndCheck(Path mutant) throws InterruptedException {
        Future<String> run = worker.submit(() -> {
            try (IncidentSource source = DuckDbSnapshots.open(mutant)) {
                var incidents = source.incidents(NONE);
                source.logs(LogQuery.all(TestScenario.WINDOW), null, 100, NONE);
                boolean altered = ManifestVerifier.alteration(mutant, NONE).isPresent();
                return incidents.isEmpty() ? "works, no incident" : altered ? "works, altered" : "works";
            } catch (SnapshotFormatException e) {
                assertPlain(mutant, e);
                return e.problem().name();
            } catch (SourceException e) {
                assertPlain(mutant, e);
                return "source exception";
            }
        });
        try {
            return run.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            return fail(mutant.getFileName() + " took longer than " + LIMIT);
        } catch (ExecutionException e) {
            throw new AssertionError(mutant.getFileName() + " failed with something other than a plain SourceException",
                    e.getCause());
        }
    }

    private static void assertPlain(Path mutant, SourceException e) {
        assertThat(e.getMessage()).as(mutant.getFileName().toString())
                .contains(mutant.getFileName().toString())
                .doesNotContain("\tat ", "Exception", "INTERNAL");
    }
}
