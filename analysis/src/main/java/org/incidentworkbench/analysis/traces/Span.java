package org.incidentworkbench.analysis.traces;

import java.time.Instant;
import java.util.Map;

/**
 * One span. Ids are W3C hex strings; {@code parentSpanId} is null for a root span. {@code kind}
 * is server, client, internal, producer or consumer; {@code status} is ok, error or unset.
 */
public record Span(String traceId, String spanId, String parentSpanId, String service, String name, String kind,
                   Instant start, Instant end, String status, Map<String, String> attributes) {

    public Span {
        attributes = Map.copyOf(attributes);
    }

    public long durationMicros() {
        return java.time.Duration.between(start, end).toNanos() / 1_000;
    }

    public boolean isError() {
        return "error".equals(status);
    }
}
