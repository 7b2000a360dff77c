package org.incidentworkbench.analysis.logs;

import java.util.List;

/**
 * A template the {@link TemplateMiner} found: its id (derived from the text, so the same template
 * has the same id in every run), the text with {@code <*>} for variables, how many lines it
 * matched, the first of them, and what it knows of each variable position.
 */
public record MinedTemplate(String id, String template, long count, String example, List<Parameter> parameters) {

    /**
     * A variable token position (0-based): its most frequent values, most frequent first, and an
     * estimate of how many distinct values it took.
     */
    public record Parameter(int position, List<ValueCount> topValues, long distinctEstimate) {
    }

    /**
     * A value and how many lines carried it. Counts come from a bounded sketch: exact while a
     * position has few distinct values, otherwise an upper bound at most {@code error} above the truth.
     */
    public record ValueCount(String value, long count, long error) {
    }
}
