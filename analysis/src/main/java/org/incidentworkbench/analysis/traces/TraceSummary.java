package org.incidentworkbench.analysis.traces;

import java.time.Instant;

/** One trace at a glance: its root span, when it started, how long it took, how many spans and errors it has. */
public record TraceSummary(String traceId, String rootService, String rootName, Instant start, long durationMicros,
                           int spanCount, int errorCount) {
}
