package org.incidentworkbench.analysis.logs;

import java.time.Instant;

/** How many records of one severity fell in the bucket starting at {@code start}. */
public record VolumeBucket(Instant start, Severity severity, long count) {
}
