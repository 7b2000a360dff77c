package org.incidentworkbench.ui.metrics;

import java.util.Locale;

/** A metric a service reports, with what its descriptor says about it: one row of the picker. */
public record MetricOption(MetricRef ref, String unit, String description) {

    public String service() {
        return ref.service();
    }

    public String metric() {
        return ref.metric();
    }

    /**
     * Whether every word of {@code query} appears in the service, metric, unit or description,
     * ignoring case: "pool checkout" finds checkout's db_pool_connections_in_use.
     */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String haystack = (ref.service() + " " + ref.metric() + " " + unit + " " + description).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
