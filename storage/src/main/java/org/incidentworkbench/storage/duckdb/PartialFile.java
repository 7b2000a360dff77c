package org.incidentworkbench.storage.duckdb;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.incidentworkbench.analysis.source.SourceException;

/**
 * The temporary file a snapshot is built in before it is renamed into place: hidden, beside the
 * target (so the rename is atomic on one file system), with a random suffix so two writers never
 * share one. A run that was killed leaves its file behind; the next write into that folder removes
 * every such leftover of the same target, and {@link UnfinishedSnapshots} every leftover of a
 * folder. A file some process is still writing (DuckDB holds a lock on it) is never removed.
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
        removeUnlocked(folder, prefix(target).replace("[", "\\[").replace("{", "\\{").replace("*", "\\*")
                .replace("?", "\\?") + "*", Instant.MAX);
    }

    /**
     * Removes the temporary files matching {@code glob} in {@code folder} last written before
     * {@code writtenBefore} that no process holds; returns how many.
     */
    static int removeUnlocked(Path folder, String glob, Instant writtenBefore) {
        int removed = 0;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, glob)) {
            for (Path p : leftovers) {
                if (!p.getFileName().toString().endsWith(".wal")
                        && Files.getLastModifiedTime(p).toInstant().isBefore(writtenBefore) && !held(p)) {
                    delete(p);
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new SourceException("Cannot remove the unfinished snapshots left in " + folder + ": " + e.getMessage(), e);
        }
        return removed;
    }

    /**
     * Whether another process holds {@code partial} locked, as DuckDB does a file it writes. Locks
     * are per process, and closing this probe would release one this process holds: callers keep
     * this process's own writes out by name or by time.
     */
    private static boolean held(Path partial) throws IOException {
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }
}
