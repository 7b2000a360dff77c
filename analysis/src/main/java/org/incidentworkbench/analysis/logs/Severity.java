package org.incidentworkbench.analysis.logs;

import java.util.Locale;

/** Log severities, least to most severe. */
public enum Severity {
    TRACE, DEBUG, INFO, WARN, ERROR, FATAL;

    /** Accepts the usual spellings: warn/warning, error/err, fatal/critical. */
    public static Severity parse(String text) {
        String s = text.trim().toUpperCase(Locale.ROOT);
        return switch (s) {
            case "WARNING" -> WARN;
            case "ERR" -> ERROR;
            case "CRITICAL", "CRIT" -> FATAL;
            default -> {
                try {
                    yield valueOf(s);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown severity '" + text
                            + "': use one of trace, debug, info, warn, error, fatal", e);
                }
            }
        };
    }
}
