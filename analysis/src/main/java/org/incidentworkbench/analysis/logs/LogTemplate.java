package org.incidentworkbench.analysis.logs;

import java.time.Instant;

/**
 * A mined message template of one service and severity ({@code <*>} marks a variable part), how
 * often it occurred, its share of that service and severity in percent, and when it was seen.
 */
public record LogTemplate(String templateId, String service, Severity severity, String template, String example,
                          long count, double percentage, Instant firstSeen, Instant lastSeen) {
}
