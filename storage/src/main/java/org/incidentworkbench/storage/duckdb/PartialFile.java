package org.incidentworkbench.storage.duckdb;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.incidentworkbench.analysis.source.SourceException;

/**
 * The temporary file a snapshot is built in before it is renamed into place: hidden, beside the
 * target (so the rename is atomic on one file system), with a random suffix so two writers never
 * share one. A run that was killed leaves its file behind; the next write into that folder removes
 * every such leftover of the same target.
 */
final class PartialFile {

    private PartialFile() {
    }

    /**
     * Checks that the target's folder can take the snapshot, removes leftovers of earlier runs and
     * names a fresh temporary file. Throws {@link SourceException} with a plain message naming the folder.
     */
    static Path prepare(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new SourceException("Cannot write " + target.getFileName() + ": the folder " + folder
                    + " does not exist. Create it or choose another folder.");
        }
        if (!Files.isWritable(folder)) {
            throw readOnly(target, folder, null);
        }
        removeLeftovers(target);
        String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        return folder.resolve(prefix(target) + random);
    }

    /** The plain message for a folder the user may not write to. */
    static SourceException readOnly(Path target, Path folder, Exception cause) {
        return new SourceException("Cannot write " + target.getFileName() + ": the folder " + folder
                + " is read-only (or you may not write to it). Choose another folder.", cause);
    }

    /** Whether {@code failure} came from a folder that refuses new files. */
    static boolean refused(Path target, Exception failure) {
        Path folder = target.toAbsolutePath().getParent();
        return failure instanceof AccessDeniedException || !Files.isWritable(folder);
    }

    /** Deletes a temporary file and DuckDB's write-ahead log beside it. */
    static void delete(Path partial) throws IOException {
        Files.deleteIfExists(partial);
        Files.deleteIfExists(partial.resolveSibling(partial.getFileName() + ".wal"));
    }

    private static String prefix(Path target) {
        return "." + target.getFileName() + ".partial-";
    }

    private static void removeLeftovers(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, prefix(target).replace("[", "\\[")
                .replace("{", "\\{").replace("*", "\\*").replace("?", "\\?") + "*")) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new SourceException("Cannot remove the unfinished snapshots left in " + folder + ": " + e.getMessage(), e);
        }
    }
}
