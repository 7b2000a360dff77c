package org.incidentworkbench.analysis.templates;

import java.time.Instant;
import java.util.List;

/**
 * One bucket of the error-spike chart: its warnings and errors (errors include fatal ones),
 * whether it is a spike, and the templates with most lines in it, most first (none when it is empty).
 */
public record SpikeBucket(Instant start, long warnings, long errors, boolean spike, List<Contributor> templates) {

    public SpikeBucket {
        templates = List.copyOf(templates);
    }

    public long total() {
        return warnings + errors;
    }

    /** A template's lines in the bucket. */
    public record Contributor(TemplateActivity template, long count) {
    }
}
