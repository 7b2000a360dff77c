package org.incidentworkbench.storage.export;

/** One table of a snapshot measured against its manifest. */
public record TableCheck(String table, Status status, long expectedRows, long actualRows) {

    public enum Status {
        OK,
        /** Only for the append-only table: rows were added after export, which is allowed. */
        GREW,
        MISMATCH
    }

    public boolean matches() {
        return status != Status.MISMATCH;
    }
}
