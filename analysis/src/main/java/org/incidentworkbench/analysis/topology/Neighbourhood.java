package org.incidentworkbench.analysis.topology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The services a service depends on, directly or through others, following edges from source to
 * target. A dependency is where trouble often starts: a caller fails because what it calls ran out.
 */
public final class Neighbourhood {

    private final Map<String, Set<String>> dependencies = new TreeMap<>();

    public Neighbourhood(Collection<TopologyEdge> edges) {
        for (TopologyEdge e : edges) {
            dependencies.computeIfAbsent(e.source(), s -> new TreeSet<>()).add(e.target());
        }
    }

    /**
     * {@code service} and every service it reaches in at most {@code hops} edges, each with its
     * distance in edges; nearest first, by name among equals (so the order is deterministic).
     */
    public Map<String, Integer> within(String service, int hops) {
        Map<String, Integer> distance = new LinkedHashMap<>();
        distance.put(service, 0);
        List<String> frontier = List.of(service);
        for (int hop = 1; hop <= hops && !frontier.isEmpty(); hop++) {
            Set<String> next = new TreeSet<>();
            for (String s : frontier) {
                next.addAll(dependencies.getOrDefault(s, Set.of()));
            }
            next.removeAll(distance.keySet());
            for (String s : next) {
                distance.put(s, hop);
            }
            frontier = new ArrayList<>(next);
        }
        return distance;
    }
}
