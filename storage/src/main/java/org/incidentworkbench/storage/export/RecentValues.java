package org.incidentworkbench.storage.export;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A function's results for the inputs seen lately, for a costly function applied to values that
 * repeat. Memory stays bounded: the cache starts over once it holds {@value #CAPACITY} entries.
 */
final class RecentValues {

    static final int CAPACITY = 16_384;

    private final UnaryOperator<String> function;
    private final Map<String, String> results = new HashMap<>();

    RecentValues(UnaryOperator<String> function) {
        this.function = function;
    }

    String apply(String input) {
        String known = results.get(input);
        if (known != null) {
            return known;
        }
        if (results.size() >= CAPACITY) {
            results.clear();
        }
        String result = function.apply(input);
        results.put(input, result);
        return result;
    }
}
