package org.incidentworkbench.analysis.connections;

/** A database password, held in memory only; its {@code toString} never shows it, so it cannot reach a log. */
public record Password(String value) {

    public Password {
        if (value == null) {
            throw new IllegalArgumentException("A password needs a value.");
        }
    }

    @Override
    public String toString() {
        return "Password[****]";
    }
}
