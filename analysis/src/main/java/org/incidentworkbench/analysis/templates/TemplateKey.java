package org.incidentworkbench.analysis.templates;

import java.util.Comparator;
import org.incidentworkbench.analysis.logs.Severity;

/** Templates are mined per service and severity: each service has its own messages (the catalog seed's rule). */
public record TemplateKey(String service, Severity severity) implements Comparable<TemplateKey> {

    private static final Comparator<TemplateKey> ORDER = Comparator.comparing(TemplateKey::service)
            .thenComparing(TemplateKey::severity, Comparator.reverseOrder());

    /** By service, then most severe first. */
    @Override
    public int compareTo(TemplateKey o) {
        return ORDER.compare(this, o);
    }
}
