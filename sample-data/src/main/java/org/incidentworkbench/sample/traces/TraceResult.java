package org.incidentworkbench.sample.traces;

import java.util.List;
import org.incidentworkbench.analysis.topology.TopologyEdge;
import org.incidentworkbench.analysis.traces.Span;
import org.incidentworkbench.sample.logs.LogLine;

/** The sampled spans, the log lines written inside them, and the service edges they show. */
public record TraceResult(List<Span> spans, List<LogLine> lines, List<TopologyEdge> derivedEdges) {
    public TraceResult {
        spans = List.copyOf(spans);
        lines = List.copyOf(lines);
        derivedEdges = List.copyOf(derivedEdges);
    }
}
