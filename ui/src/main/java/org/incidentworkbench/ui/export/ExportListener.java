package org.incidentworkbench.ui.export;

/** Hears how far an export is, from its thread: the table being written, its rows so far, and the share done (0..1). */
@FunctionalInterface
public interface ExportListener {

    void progress(String table, long rows, double fraction);
}
