package org.incidentworkbench.analysis.logs;

import java.time.Instant;
import java.util.Map;

/**
 * One log line. {@code id} is unique within a source and, with {@code ts}, orders records for
 * keyset paging. Trace and span ids are null when the line was not emitted inside a span.
 */
public record LogRecord(long id, Instant ts, String service, Severity severity, String body, String traceId,
                        String spanId, Map<String, String> attributes) {

    public LogRecord {
        attributes = Map.copyOf(attributes);
    }

    public LogCursor cursor() {
        return LogCursor.of(this);
    }
}
