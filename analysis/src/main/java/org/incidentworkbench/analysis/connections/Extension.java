package org.incidentworkbench.analysis.connections;

/** The server extensions the app uses when a database has them. */
public enum Extension {
    TIMESCALEDB("TimescaleDB"), PGVECTOR("pgvector"), AGE("Apache AGE");

    private final String label;

    Extension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
