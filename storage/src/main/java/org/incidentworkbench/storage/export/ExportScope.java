package org.incidentworkbench.storage.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.topology.Neighbourhood;
import org.incidentworkbench.analysis.topology.TopologyEdge;

/**
 * What an export keeps: the incident window with its margin, the baseline, and the services within
 * the hops. {@link #ranges} are the two windows made disjoint (merged where they overlap), so that
 * no signal row is read, or written, twice.
 */
record ExportScope(TimeRange window, TimeRange baseline, Set<String> services) {

    static ExportScope of(Incident incident, ExportRequest request, List<TopologyEdge> topology) {
        TimeRange window = new TimeRange(incident.windowStart().minus(request.margin()),
                incident.windowEnd().plus(request.margin()));
        return new ExportScope(window, window.shift(request.baselineOffset().negated()),
                Set.copyOf(new Neighbourhood(bothWays(topology)).within(incident.serviceName(), request.hops()).keySet()));
    }

    /** Trouble travels both ways along an edge (a caller fails with what it calls), so hops ignore direction. */
    private static List<TopologyEdge> bothWays(List<TopologyEdge> edges) {
        List<TopologyEdge> out = new ArrayList<>(edges);
        for (TopologyEdge e : edges) {
            out.add(new TopologyEdge(e.target(), e.source(), e.relation(), e.origin()));
        }
        return out;
    }

    List<TimeRange> ranges() {
        List<TimeRange> sorted = new ArrayList<>(List.of(baseline, window));
        sorted.sort(Comparator.comparing(TimeRange::start));
        TimeRange first = sorted.get(0);
        TimeRange second = sorted.get(1);
        if (second.start().isAfter(first.end())) {
            return sorted;
        }
        return List.of(new TimeRange(first.start(), first.end().isAfter(second.end()) ? first.end() : second.end()));
    }

    boolean keeps(String service) {
        return services.contains(service);
    }

    Set<String> sortedServices() {
        return new TreeSet<>(services);
    }
}
