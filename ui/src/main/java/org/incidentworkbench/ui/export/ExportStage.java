package org.incidentworkbench.ui.export;

/** Where "Export snapshot…" is, and so what its card shows. */
public enum ExportStage {
    /** No card: the workspace as usual. */
    CLOSED,
    /** The file chosen; the options, and Export. */
    OPTIONS,
    /** Writing, with progress and Cancel. */
    RUNNING,
    /** Written: where, how large, how many rows, how long. */
    DONE,
    /** Not written, and why. */
    FAILED
}
