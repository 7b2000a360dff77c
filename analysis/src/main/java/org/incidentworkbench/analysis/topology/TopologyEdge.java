package org.incidentworkbench.analysis.topology;

/**
 * A directed dependency between two services, by name: {@code source} depends on, calls or reads
 * from {@code target}. {@code origin} says whether it was declared or derived from traces.
 */
public record TopologyEdge(String source, String target, String relation, String origin) {

    public static final String DECLARED = "declared";
    public static final String DERIVED_FROM_TRACES = "traces";
}
