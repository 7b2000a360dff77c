package org.incidentworkbench.storage.export;

/** Where an export reports how far it is: the table being written, its rows so far, and the share of the work done (0..1). */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (table, rows, fraction) -> { };

    void progress(String table, long rows, double fraction);
}
