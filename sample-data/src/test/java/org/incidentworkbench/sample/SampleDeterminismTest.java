package org.incidentworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.incidentworkbench.storage.schema.EvidenceSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDeterminismTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesIdenticalContentInEveryTable() throws Exception {
        Map<String, String> first = hashes(SampleGenerator.generate(SampleSpec.small(Scenario.defaultScenario(), 7),
                dir.resolve("first.duckdb")).snapshot());
        Map<String, String> second = hashes(SampleGenerator.generate(SampleSpec.small(Scenario.defaultScenario(), 7),
                dir.resolve("second.duckdb")).snapshot());

        assertThat(second).isEqualTo(first);
        assertThat(first).containsOnlyKeys(EvidenceSchema.TABLES);
    }

    @Test
    void theSameSeedGivesTheSameGroundTruth() throws Exception {
        GenerationResult first = SampleGenerator.generate(SampleSpec.small(Scenario.MEMORY_PRESSURE, 7), dir.resolve("a.duckdb"));
        GenerationResult second = SampleGenerator.generate(SampleSpec.small(Scenario.MEMORY_PRESSURE, 7), dir.resolve("b.duckdb"));

        assertThat(java.nio.file.Files.readString(second.groundTruth())).isEqualTo(java.nio.file.Files.readString(first.groundTruth()));
    }

    @Test
    void aDifferentSeedGivesDifferentDataInTheSignalTables() throws Exception {
        Map<String, String> seven = hashes(SampleGenerator.generate(SampleSpec.small(Scenario.defaultScenario(), 7),
                dir.resolve("seven.duckdb")).snapshot());
        Map<String, String> eight = hashes(SampleGenerator.generate(SampleSpec.small(Scenario.defaultScenario(), 8),
                dir.resolve("eight.duckdb")).snapshot());

        for (String table : new String[] {"services", "metric_points", "log_records", "spans", "deployment_events",
                "incidents", "incident_hypotheses", "kb_documents"}) {
            assertThat(eight.get(table)).as(table).isNotEqualTo(seven.get(table));
        }
    }

    private static Map<String, String> hashes(Path snapshot) throws Exception {
        Map<String, String> hashes = new LinkedHashMap<>();
        try (SnapshotQueries q = SnapshotQueries.open(snapshot)) {
            for (String table : EvidenceSchema.TABLES) {
                hashes.put(table, q.contentHash(table));
            }
        }
        return hashes;
    }
}
