package org.incidentworkbench.analysis.topology;

/** What role a service plays; drives how it is drawn and which signals matter for it. */
public enum ServiceKind {
    EDGE, FRONTEND, API, WORKER, DATABASE, CACHE, QUEUE, EXTERNAL;

    /** The stored form, lower case. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ServiceKind fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
