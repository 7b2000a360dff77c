package org.incidentworkbench.analysis.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IncidentSummarizerTest {

    private static final Instant T = Instant.parse("2026-11-20T14:00:00Z");

    @Test
    void mostPressingIsTheMostSevereOpenIncidentAndTheMostRecentAmongEquals() {
        Incident resolvedSev1 = incident("resolved", 1, T.plusSeconds(7200));
        Incident olderSev2 = incident("open", 2, T);
        Incident newerSev2 = incident("triaged", 2, T.plusSeconds(3600));
        Incident sev3 = incident("open", 3, T.plusSeconds(9000));

        assertThat(IncidentSummarizer.mostPressing(List.of(resolvedSev1, olderSev2, sev3, newerSev2))).contains(newerSev2);
    }

    @Test
    void withoutOpenIncidentsTheMostRecentOneIsMostPressing() {
        Incident older = incident("resolved", 1, T);
        Incident newer = incident("suppressed", 4, T.plusSeconds(60));

        assertThat(IncidentSummarizer.mostPressing(List.of(older, newer))).contains(newer);
        assertThat(IncidentSummarizer.mostPressing(List.of())).isEmpty();
    }

    private static Incident incident(String status, int severity, Instant start) {
        return new Incident(UUID.randomUUID(), UUID.randomUUID(), "checkout", "t", status, "custom", severity, start,
                start.plusSeconds(1800), start, start, null, null, null, null);
    }
}
