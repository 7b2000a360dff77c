package org.incidentworkbench.ui.export;

import java.util.Locale;
import java.util.Objects;
import org.incidentworkbench.ui.tasks.Progress;

/**
 * Passes an export's progress on to its task as "table · rows", at most every tenth of a second
 * unless the table changes: an exporter may report every batch, and each report is a hop to the FX
 * thread. Used by the export's thread only.
 */
final class PacedProgress implements ExportListener {

    private static final long INTERVAL_NANOS = 100_000_000L;

    private final Progress progress;
    private String lastTable;
    private long lastSent;

    PacedProgress(Progress progress) {
        this.progress = progress;
    }

    @Override
    public void progress(String table, long rows, double fraction) {
        long now = System.nanoTime();
        if (Objects.equals(table, lastTable) && now - lastSent < INTERVAL_NANOS) {
            return;
        }
        lastTable = table;
        lastSent = now;
        progress.update(fraction, String.format(Locale.ROOT, "%s · %,d rows", table, rows));
    }
}
