package org.incidentworkbench.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ChangeReadsTest {

    @RegisterExtension
    static final ScenarioSnapshot DATA = new ScenarioSnapshot(5);
    static final Cancellation NONE = Cancellation.none();

    @Test
    void deploymentsInTheRangeComeOldestFirstWithTheirServiceName() {
        List<DeploymentEvent> expected = DATA.scenario().deployments.stream()
                .filter(d -> TestScenario.WINDOW.contains(d.startedAt()))
                .sorted(Comparator.comparing(DeploymentEvent::startedAt)).toList();

        assertThat(expected).hasSizeLessThan(DATA.scenario().deployments.size());
        assertThat(DATA.source().deployments(TestScenario.WINDOW, NONE)).containsExactlyElementsOf(expected)
                .allSatisfy(d -> assertThat(d.serviceName()).isNotNull());
    }

    @Test
    void configChangesInTheRangeComeOldestFirstAndClusterWideOnesHaveNoService() {
        List<ConfigChangeEvent> expected = DATA.scenario().configChanges.stream()
                .filter(c -> TestScenario.WINDOW.contains(c.detectedAt()))
                .sorted(Comparator.comparing(ConfigChangeEvent::detectedAt)).toList();

        assertThat(DATA.source().configChanges(TestScenario.WINDOW, NONE)).containsExactlyElementsOf(expected)
                .anySatisfy(c -> assertThat(c.serviceName()).isNull());
    }

    @Test
    void aDeploymentsCommitRangeIsFoundByItsId() {
        for (DeploymentCommitRange r : DATA.scenario().commitRanges) {
            assertThat(DATA.source().commitRange(r.deploymentId(), NONE)).contains(r);
        }
        assertThat(DATA.source().commitRange(UUID.randomUUID(), NONE)).isEmpty();
    }

    @Test
    void commitsAreFoundBySha_newestFirst_ignoringUnknownShas() {
        List<String> asked = new ArrayList<>(DATA.scenario().commits.stream().map(Commit::sha).toList().subList(1, 6));
        asked.add("0000000");
        asked.add("x') OR 1=1 --");

        assertThat(DATA.source().commits(asked, NONE)).containsExactlyElementsOf(DATA.scenario().commits.subList(1, 6).stream()
                .sorted(Comparator.comparing(Commit::authoredAt).reversed()).toList());
        assertThat(DATA.source().commits(List.of(), NONE)).isEmpty();
    }

    @Test
    void commitFilesAreListedByPath() {
        for (Commit c : DATA.scenario().commits) {
            assertThat(DATA.source().commitFiles(c.sha(), NONE)).containsExactlyElementsOf(DATA.scenario().commitFiles.stream()
                    .filter(f -> f.commitSha().equals(c.sha())).sorted(Comparator.comparing(CommitFile::path)).toList());
        }
    }
}
