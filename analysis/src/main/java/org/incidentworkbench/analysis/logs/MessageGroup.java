package org.incidentworkbench.analysis.logs;

/**
 * Log records of one service and severity whose bodies are equal once their variable parts are
 * masked ({@code <*>}), how many there were, and the first body seen as an example.
 */
public record MessageGroup(String service, Severity severity, String pattern, String example, long count) {
}
