package org.incidentworkbench.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import org.incidentworkbench.analysis.incidents.EvidenceArtifact;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.incidents.Hypothesis;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.incidents.IncidentDecision;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.topology.Service;
import org.incidentworkbench.analysis.topology.TopologyEdge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentReadsTest {

    @TempDir
    static Path dir;
    static TestScenario scenario;
    static DuckDbIncidentSource source;
    static final Cancellation NONE = Cancellation.none();

    @BeforeAll
    static void openScenario() {
        scenario = TestScenario.generate(3);
        scenario.write(dir.resolve("incidents.duckdb"));
        source = DuckDbSnapshots.open(dir.resolve("incidents.duckdb"));
    }

    @AfterAll
    static void closeSource() {
        source.close();
    }

    @Test
    void incidentsComeMostRecentWindowFirstWithTheirServiceName() {
        assertThat(source.incidents(NONE)).containsExactlyElementsOf(scenario.incidents.stream()
                .sorted(Comparator.comparing(Incident::windowStart).reversed()).toList());
    }

    @Test
    void anIncidentIsFoundByItsId() {
        Incident resolved = scenario.incidents.get(0);

        assertThat(source.incident(resolved.id(), NONE)).contains(resolved);
        assertThat(resolved.resolvedHypothesisId()).isNotNull();
        assertThat(source.incident(UUID.randomUUID(), NONE)).isEmpty();
    }

    @Test
    void whatHangsOffAnIncidentIsListedInItsOrder() {
        for (Incident i : scenario.incidents) {
            assertThat(source.decisions(i.id(), NONE)).containsExactlyElementsOf(scenario.decisions.stream()
                    .filter(d -> d.incidentId().equals(i.id())).sorted(Comparator.comparing(IncidentDecision::decidedAt)).toList());
            assertThat(source.hypotheses(i.id(), NONE)).containsExactlyElementsOf(scenario.hypotheses.stream()
                    .filter(h -> h.incidentId().equals(i.id())).sorted(Comparator.comparingInt(Hypothesis::rank)).toList());
            assertThat(source.evidence(i.id(), NONE)).containsExactlyElementsOf(scenario.evidence.stream()
                    .filter(e -> e.incidentId().equals(i.id())).sorted(Comparator.comparing(EvidenceArtifact::createdAt)).toList());
            assertThat(source.reports(i.id(), NONE)).containsExactlyElementsOf(scenario.reports.stream()
                    .filter(r -> r.incidentId().equals(i.id())).toList());
            assertThat(source.feedback(i.id(), NONE)).containsExactlyElementsOf(scenario.feedback.stream()
                    .filter(f -> f.incidentId().equals(i.id())).sorted(Comparator.comparing(FeedbackEvent::createdAt)).toList());
        }
        assertThat(source.hypotheses(UUID.randomUUID(), NONE)).isEmpty();
    }

    @Test
    void servicesAreListedByName() {
        assertThat(source.services(NONE)).containsExactlyElementsOf(scenario.services.stream()
                .sorted(Comparator.comparing(Service::name)).toList());
    }

    @Test
    void topologyEdgesAreListedBySourceThenTarget() {
        assertThat(source.topology(NONE)).containsExactlyElementsOf(scenario.edges.stream()
                .sorted(Comparator.comparing(TopologyEdge::source).thenComparing(TopologyEdge::target)).toList());
    }
}
