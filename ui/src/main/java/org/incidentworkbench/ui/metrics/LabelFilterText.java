package org.incidentworkbench.ui.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The label filter as typed: {@code pool=payments-ro, region=eu}. The pairs become the query's
 * label filter, which the source binds as parameters, so nothing typed here reaches SQL as text.
 */
final class LabelFilterText {

    private LabelFilterText() {
    }

    /** The pairs of {@code text} (blank: no filter); a piece without a key and a value is rejected. */
    static Map<String, String> parse(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        for (String piece : text.split(",")) {
            int eq = piece.indexOf('=');
            String key = eq < 0 ? "" : piece.substring(0, eq).trim();
            String value = eq < 0 ? "" : piece.substring(eq + 1).trim();
            if (key.isEmpty() || value.isEmpty()) {
                throw new IllegalArgumentException("Write label filters as key=value, separated by commas: '"
                        + piece.trim() + "' is not one.");
            }
            labels.put(key, value);
        }
        return Map.copyOf(labels);
    }
}
