package org.incidentworkbench.sample.incidents;

import java.util.List;
import java.util.Map;

/** A root-cause candidate of the triage bot: its type, title, score in [0, 1], details and evidence. */
record Candidate(String type, String title, double score, Map<String, String> details, List<EvidenceDraft> evidence) {
    Candidate {
        details = Map.copyOf(details);
        evidence = List.copyOf(evidence);
    }
}
