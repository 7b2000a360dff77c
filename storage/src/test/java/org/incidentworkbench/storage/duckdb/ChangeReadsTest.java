package org.incidentworkbench.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.incidentworkbench.analysis.changes.Commit;
import org.incidentworkbench.analysis.changes.CommitFile;
import org.incidentworkbench.analysis.changes.ConfigChangeEvent;
import org.incidentworkbench.analysis.changes.DeploymentCommitRange;
import org.incidentworkbench.analysis.changes.DeploymentEvent;
import org.incidentworkbench.analysis.source.Cancellation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeReadsTest {

    @TempDir
    static Path dir;
    static TestScenario scenario;
    static DuckDbIncidentSource source;
    static final Cancellation NONE = Cancellation.none();

    @BeforeAll
    static void openScenario() {
        scenario = TestScenario.generate(5);
        scenario.write(dir.resolve("changes.duckdb"));
        source = DuckDbSnapshots.open(dir.resolve("changes.duckdb"));
    }

    @AfterAll
    static void closeSource() {
        source.close();
    }

    @Test
    void deploymentsInTheRangeComeOldestFirstWithTheirServiceName() {
        List<DeploymentEvent> expected = scenario.deployments.stream()
                .filter(d -> TestScenario.WINDOW.contains(d.startedAt()))
                .sorted(Comparator.comparing(DeploymentEvent::startedAt)).toList();

        assertThat(expected).hasSizeLessThan(scenario.deployments.size());
        assertThat(source.deployments(TestScenario.WINDOW, NONE)).containsExactlyElementsOf(expected)
                .allSatisfy(d -> assertThat(d.serviceName()).isNotNull());
    }

    @Test
    void configChangesInTheRangeComeOldestFirstAndClusterWideOnesHaveNoService() {
        List<ConfigChangeEvent> expected = scenario.configChanges.stream()
                .filter(c -> TestScenario.WINDOW.contains(c.detectedAt()))
                .sorted(Comparator.comparing(ConfigChangeEvent::detectedAt)).toList();

        assertThat(source.configChanges(TestScenario.WINDOW, NONE)).containsExactlyElementsOf(expected)
                .anySatisfy(c -> assertThat(c.serviceName()).isNull());
    }

    @Test
    void aDeploymentsCommitRangeIsFoundByItsId() {
        for (DeploymentCommitRange r : scenario.commitRanges) {
            assertThat(source.commitRange(r.deploymentId(), NONE)).contains(r);
        }
        assertThat(source.commitRange(UUID.randomUUID(), NONE)).isEmpty();
    }

    @Test
    void commitsAreFoundBySha_newestFirst_ignoringUnknownShas() {
        List<String> asked = new ArrayList<>(scenario.commits.stream().map(Commit::sha).toList().subList(1, 6));
        asked.add("0000000");
        asked.add("x') OR 1=1 --");

        assertThat(source.commits(asked, NONE)).containsExactlyElementsOf(scenario.commits.subList(1, 6).stream()
                .sorted(Comparator.comparing(Commit::authoredAt).reversed()).toList());
        assertThat(source.commits(List.of(), NONE)).isEmpty();
    }

    @Test
    void commitFilesAreListedByPath() {
        for (Commit c : scenario.commits) {
            assertThat(source.commitFiles(c.sha(), NONE)).containsExactlyElementsOf(scenario.commitFiles.stream()
                    .filter(f -> f.commitSha().equals(c.sha())).sorted(Comparator.comparing(CommitFile::path)).toList());
        }
    }
}
