package org.incidentworkbench.sample.incidents;

import java.util.Map;

/** Evidence a hypothesis points to, before it has an id: a query, a Kubernetes event, a diff. */
record EvidenceDraft(String kind, String source, String ref, Map<String, String> metadata) {
    EvidenceDraft {
        metadata = Map.copyOf(metadata);
    }
}
