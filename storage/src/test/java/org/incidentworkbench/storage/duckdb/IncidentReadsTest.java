package org.incidentworkbench.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IncidentReadsTest {

    @RegisterExtension
    static final ScenarioSnapshot DATA = new ScenarioSnapshot(3);
    static final Cancellation NONE = Cancellation.none();

    @Test
    void incidentsComeMostRecentWindowFirstWithTheirServiceName() {
        assertThat(DATA.source().incidents(NONE)).containsExactlyElementsOf(DATA.scenario().incidents.stream()
                .sorted(Comparator.comparing(Incident::windowStart).reversed()).toList());
    }

    @Test
    void anIncidentIsFoundByItsId() {
        Incident resolved = DATA.scenario().incidents.get(0);

        assertThat(DATA.source().incident(resolved.id(), NONE)).contains(resolved);
        assertThat(resolved.resolvedHypothesisId()).isNotNull();
        assertThat(DATA.source().incident(UUID.randomUUID(), NONE)).isEmpty();
    }

    @Test
    void whatHangsOffAnIncidentIsListedInItsOrder() {
        for (Incident i : DATA.scenario().incidents) {
            assertThat(DATA.source().decisions(i.id(), NONE)).containsExactlyElementsOf(DATA.scenario().decisions.stream()
                    .filter(d -> d.incidentId().equals(i.id())).sorted(Comparator.comparing(IncidentDecision::decidedAt)).toList());
            assertThat(DATA.source().hypotheses(i.id(), NONE)).containsExactlyElementsOf(DATA.scenario().hypotheses.stream()
                    .filter(h -> h.incidentId().equals(i.id())).sorted(Comparator.comparingInt(Hypothesis::rank)).toList());
            assertThat(DATA.source().evidence(i.id(), NONE)).containsExactlyElementsOf(DATA.scenario().evidence.stream()
                    .filter(e -> e.incidentId().equals(i.id())).sorted(Comparator.comparing(EvidenceArtifact::createdAt)).toList());
            assertThat(DATA.source().reports(i.id(), NONE)).containsExactlyElementsOf(DATA.scenario().reports.stream()
                    .filter(r -> r.incidentId().equals(i.id())).toList());
            assertThat(DATA.source().feedback(i.id(), NONE)).containsExactlyElementsOf(DATA.scenario().feedback.stream()
                    .filter(f -> f.incidentId().equals(i.id())).sorted(Comparator.comparing(FeedbackEvent::createdAt)).toList());
        }
        assertThat(DATA.source().hypotheses(UUID.randomUUID(), NONE)).isEmpty();
    }

    @Test
    void servicesAreListedByName() {
        assertThat(DATA.source().services(NONE)).containsExactlyElementsOf(DATA.scenario().services.stream()
                .sorted(Comparator.comparing(Service::name)).toList());
    }

    @Test
    void topologyEdgesAreListedBySourceThenTarget() {
        assertThat(DATA.source().topology(NONE)).containsExactlyElementsOf(DATA.scenario().edges.stream()
                .sorted(Comparator.comparing(TopologyEdge::source).thenComparing(TopologyEdge::target)).toList());
    }
}
