package org.incidentworkbench.analysis.saturation;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Something a service can run out of: one series of {@code metric} (narrowed by {@code labels}, e.g. one
 * pool) and, when the source records one, the series of its capacity ({@code capacityMetric}, same labels).
 */
public record Resource(String service, String metric, Map<String, String> labels, String capacityMetric) {

    public Resource {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(metric, "metric");
        labels = Map.copyOf(labels);
    }

    /** A resource read as a raw value, with no capacity to compare with. */
    public static Resource uncapped(String service, String metric) {
        return new Resource(service, metric, Map.of(), null);
    }

    public boolean hasCapacity() {
        return capacityMetric != null;
    }

    /** "payments · pool payments-rw"; the service alone when the series carries no labels. */
    public String name() {
        return labels.isEmpty() ? service : service + " · " + labelText();
    }

    /** The labels as "key value", sorted by key, so the same resource always reads the same. */
    String labelText() {
        return new TreeMap<>(labels).entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
