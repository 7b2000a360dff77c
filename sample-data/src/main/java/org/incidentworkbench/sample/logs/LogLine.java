package org.incidentworkbench.sample.logs;

import java.util.Map;
import org.incidentworkbench.analysis.logs.Severity;

/** A log line before it has its id: ids are given in time order once every line is known. */
public record LogLine(long tsMicros, String service, Severity severity, String body, String traceId, String spanId,
                      Map<String, String> attributes) {
}
