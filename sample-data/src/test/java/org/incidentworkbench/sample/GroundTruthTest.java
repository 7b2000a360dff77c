package org.incidentworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import org.incidentworkbench.sample.truth.GroundTruth;
import org.incidentworkbench.sample.truth.GroundTruthFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GroundTruthTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void isWrittenBesideTheSnapshotNeverInsideAndNamesTheCauseOfItsScenario(Scenario scenario) throws Exception {
        Path snapshot = dir.resolve("sample.duckdb");
        GenerationResult result = SampleGenerator.generate(SampleSpec.small(scenario, 3), snapshot);
        GroundTruth truth = GroundTruthFile.read(result.groundTruth());

        assertThat(result.groundTruth()).isEqualTo(dir.resolve("sample.duckdb.truth.json")).exists();
        assertThat(truth.scenario()).isEqualTo(scenario.cliName());
        assertThat(truth.seed()).isEqualTo(3);
        assertThat(truth.causeKind()).isEqualTo(switch (scenario) {
            case CHECKOUT_DB_POOL -> "release";
            case TRAFFIC_SURGE -> "traffic";
            case PAYMENT_PROVIDER_OUTAGE -> "dependency";
            case MEMORY_PRESSURE -> "infra";
        });
        assertThat(truth.rootCauseService()).isEqualTo(switch (scenario) {
            case CHECKOUT_DB_POOL -> "payments";
            case TRAFFIC_SURGE -> "edge-gateway";
            case PAYMENT_PROVIDER_OUTAGE -> "payment-provider";
            case MEMORY_PRESSURE -> "inventory";
        });
        assertThat(truth.causingChangeId() != null).isEqualTo(scenario == Scenario.CHECKOUT_DB_POOL);
        try (SnapshotQueries q = SnapshotQueries.open(snapshot)) {
            assertThat(q.count("SELECT count(*) FROM services WHERE service_name = ?", truth.rootCauseService())).isEqualTo(1);
            assertThat(q.count("SELECT count(*) FROM incidents WHERE incident_id = ? AND ? BETWEEN window_start AND window_end",
                    truth.incidentId(), Timestamp.from(truth.onset()))).isEqualTo(1);
            if (truth.causingChangeId() != null) {
                boolean deployment = truth.causingChangeType().equals(GroundTruth.DEPLOYMENT);
                assertThat(q.count(deployment ? "SELECT count(*) FROM deployment_events WHERE deployment_event_id = ?"
                        : "SELECT count(*) FROM config_change_events WHERE config_change_id = ?", truth.causingChangeId())).isEqualTo(1);
            }
            assertThat(q.count("SELECT count(*) FROM information_schema.tables WHERE table_name ILIKE '%truth%'")).isZero();
            assertThat(q.strings("SELECT source FROM schema_info")).containsExactly("sample:seed=3");
        }
    }
}
