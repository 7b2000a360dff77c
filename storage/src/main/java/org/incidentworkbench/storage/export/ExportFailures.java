package org.incidentworkbench.storage.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.incidentworkbench.analysis.source.SourceException;

/**
 * Plain messages for an export that ran out of room. DuckDB passes the operating system's error on
 * inside its own ({@code Could not write file ".x.duckdb.partial-…wal": No space left on device}),
 * naming the hidden temporary file; the user needs to hear which limit was hit, and that the file
 * already under the name is untouched (the writer only ever replaces it with a complete one).
 */
public final class ExportFailures {

    /** The system's words for a full disk or quota: Linux and macOS ({@code ENOSPC}, {@code EDQUOT}), then Windows. */
    private static final List<String> NO_SPACE = List.of("no space left on device", "disk quota exceeded",
            "not enough space on the disk");
    /** {@code EFBIG}: the file would exceed the process's file size limit ({@code ulimit -f}) or the file system's. */
    private static final String TOO_LARGE = "file too large";

    private ExportFailures() {
    }

    /**
     * {@code failure} of an export to {@code target} as the user should read it: a plain message
     * when the disk, a quota or a file size limit was the cause, else {@code failure} unchanged.
     */
    public static RuntimeException plain(Path target, RuntimeException failure) {
        String system = causes(failure);
        String name = String.valueOf(target.getFileName());
        String unchanged = " Nothing was written under that name: a file already there is unchanged.";
        if (NO_SPACE.stream().anyMatch(system::contains)) {
            return new SourceException("Cannot write " + name + ": there is not enough space left on the disk (or in"
                    + " your quota) for it in " + target.toAbsolutePath().getParent() + "." + unchanged
                    + " Free some space or choose another folder.", failure);
        }
        if (system.contains(TOO_LARGE)) {
            return new SourceException("Cannot write " + name + ": it would be larger than this system lets a file be"
                    + " (a file size limit)." + unchanged + " Raise the limit or choose a folder on another disk.", failure);
        }
        return failure;
    }

    /** Every message along the cause chain, lower-cased: the system's words may sit at any depth. */
    private static String causes(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }
}
