package org.incidentworkbench.analysis.logs;

import java.util.List;

/**
 * A template the {@link TemplateMiner} found: its id (derived from the text, so the same template
 * has the same id in every run), the text with {@code <*>} for variables, how many lines it
 * matched, the first of them, and what it knows of each variable position.
 */
public record MinedTemplate(String id, String template, long count, String example, List<Parameter> parameters) {

    /** A variable token position (0-based): a few distinct sample values and an estimate of how many there are. */
    public record Parameter(int position, List<String> samples, long distinctEstimate) {
    }
}
