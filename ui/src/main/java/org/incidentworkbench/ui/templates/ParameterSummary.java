package org.incidentworkbench.ui.templates;

import java.util.List;
import java.util.stream.IntStream;
import org.incidentworkbench.analysis.logs.MinedTemplate;

/**
 * One variable position of a template as the browser lists it: its number among the template's
 * variables (from 1), the template's token there (such as {@code (request_id=<*>)}, or just
 * {@code <*>}), about how many distinct values it took, and its most frequent values.
 */
public record ParameterSummary(int number, String token, long distinct, List<ValueShare> values) {

    static final String WILDCARD = "<*>";

    /**
     * A value, how many lines carried it and their share of the template's lines, both windows
     * together (where the miner counted them); {@code approximate} when the count is an upper bound.
     */
    public record ValueShare(String value, long count, double percent, boolean approximate) {
    }

    /** Every variable position of {@code template}, in the order they appear. */
    static List<ParameterSummary> of(MinedTemplate template) {
        String[] tokens = template.template().split(" ");
        List<MinedTemplate.Parameter> parameters = template.parameters();
        return IntStream.range(0, parameters.size()).mapToObj(i -> {
            MinedTemplate.Parameter p = parameters.get(i);
            // Positions count the message's tokens; where the template merged a run of variables its text
            // no longer lines up with them, and the bare wildcard stands in.
            String token = p.position() < tokens.length && tokens[p.position()].contains(WILDCARD)
                    ? tokens[p.position()] : WILDCARD;
            List<ValueShare> values = p.topValues().stream().map(v -> new ValueShare(variablePart(token, v.value()), v.count(),
                    template.count() == 0 ? 0 : 100.0 * v.count() / template.count(), v.error() > 0)).toList();
            return new ParameterSummary(i + 1, token, p.distinctEstimate(), values);
        }).toList();
    }

    /**
     * The part of a token the wildcard stands for: the miner keeps whole tokens, so "(total=10,"
     * under "(total=<*>," shows as "10". A token with several wildcards, or a value that does not
     * fit its frame, is shown whole.
     */
    static String variablePart(String token, String value) {
        int at = token.indexOf(WILDCARD);
        if (at < 0 || token.indexOf(WILDCARD, at + 1) >= 0) {
            return value;
        }
        String prefix = token.substring(0, at);
        String suffix = token.substring(at + WILDCARD.length());
        boolean framed = value.length() > prefix.length() + suffix.length() && value.startsWith(prefix) && value.endsWith(suffix);
        return framed ? value.substring(prefix.length(), value.length() - suffix.length()) : value;
    }
}
