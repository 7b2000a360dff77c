package org.incidentworkbench.storage.duckdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The temporary files of snapshot writes that were killed before they finished (hidden,
 * {@code .NAME.partial-…}, beside where the snapshot was to go). A write removes those of its own
 * target; the desktop also sweeps the folders it exported to when it starts.
 */
public final class UnfinishedSnapshots {

    private UnfinishedSnapshots() {
    }

    /**
     * Removes every such file in {@code folder} last written before {@code before} (so none this
     * process started since) that no process is still writing; returns how many.
     */
    public static int removeFrom(Path folder, Instant before) {
        return Files.isDirectory(folder) ? PartialFile.removeUnlocked(folder, ".*.partial-*", before) : 0;
    }
}
