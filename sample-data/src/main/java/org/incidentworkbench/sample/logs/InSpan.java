package org.incidentworkbench.sample.logs;

/**
 * The span a line is written in: its ids, the route it served or called (null when it is neither),
 * how long it took and the HTTP status it ended with (0 when it never got one).
 */
public record InSpan(String traceId, String spanId, String route, double latencyMs, int status) {
}
