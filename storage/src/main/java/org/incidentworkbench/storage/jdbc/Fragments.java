package org.incidentworkbench.storage.jdbc;

import org.incidentworkbench.analysis.logs.Severity;

/** SQL text that reads the same in every engine; built from constants only, never from input. */
public final class Fragments {

    /** Severities least to most severe, for ordering rows of a {@code severity} column. */
    public static final String SEVERITY_RANK = severityRank();

    private Fragments() {
    }

    private static String severityRank() {
        StringBuilder s = new StringBuilder("CASE severity");
        for (Severity v : Severity.values()) {
            s.append(" WHEN '").append(v.name()).append("' THEN ").append(v.ordinal());
        }
        return s.append(" ELSE ").append(Severity.values().length).append(" END").toString();
    }
}
