package org.incidentworkbench.storage.duckdb;

import static org.incidentworkbench.storage.duckdb.SnapshotFormatException.Problem.NOT_DUCKDB;
import static org.incidentworkbench.storage.duckdb.SnapshotFormatException.Problem.NOT_FOUND;
import static org.incidentworkbench.storage.duckdb.SnapshotFormatException.Problem.TRUNCATED;
import static org.incidentworkbench.storage.duckdb.SnapshotFormatException.Problem.UNREADABLE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Checks a file's DuckDB header before DuckDB sees it, so that the common mistakes (wrong file,
 * empty file, a copy cut short) get a specific answer instead of a native error.
 *
 * <p>DuckDB's layout (storage version 64, every DuckDB since 0.10): a 4 KiB main header with the
 * magic {@code DUCK} at bytes 8..11 and the storage version at 12..19, then two 4 KiB database
 * headers of which the one with the higher iteration is current; it holds the block count (at
 * +32) and the block size (at +40). Blocks follow the three headers, so a complete file is at least
 * {@code 3 * 4096 + blockCount * blockSize} bytes long.
 */
final class SnapshotHeader {

    private static final int HEADER_SIZE = 4096;
    private static final int HEADERS_END = 3 * HEADER_SIZE;
    private static final byte[] MAGIC = "DUCK".getBytes(StandardCharsets.US_ASCII);
    private static final int MAGIC_OFFSET = 8;
    private static final long KNOWN_STORAGE_VERSION = 64;

    private SnapshotHeader() {
    }

    static void check(Path file) {
        if (!Files.exists(file)) {
            throw new SnapshotFormatException(NOT_FOUND, file, "There is no file at " + file + ".");
        }
        if (Files.isDirectory(file)) {
            throw new SnapshotFormatException(NOT_FOUND, file, file + " is a folder, not a snapshot file.");
        }
        // DuckDB's JDBC driver reads ';' in its URL as options and DuckDB reads '?' as URL parameters,
        // so such a path could switch the sandbox off; refuse it rather than escape it.
        String path = file.toAbsolutePath().toString();
        if (path.indexOf(';') >= 0 || path.indexOf('?') >= 0) {
            throw new SnapshotFormatException(UNREADABLE, file, file
                    + " cannot be opened safely because its path contains ';' or '?'. Rename it (or its folder) and open it again.");
        }
        long size;
        ByteBuffer head = ByteBuffer.allocate(HEADERS_END).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            size = ch.size();
            while (head.hasRemaining() && ch.read(head) > 0) {
                // fill what the file has of its three headers
            }
        } catch (IOException e) {
            throw new SnapshotFormatException(UNREADABLE, file, file + " cannot be read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new SnapshotFormatException(NOT_DUCKDB, file, file
                    + " is empty. A snapshot is a DuckDB database file exported by Incident Workbench.");
        }
        if (size < MAGIC_OFFSET + MAGIC.length || !hasMagic(head)) {
            throw new SnapshotFormatException(NOT_DUCKDB, file, file
                    + " is not a DuckDB database, so it is not a snapshot. A snapshot is a DuckDB file exported by Incident Workbench.");
        }
        if (size < HEADERS_END) {
            throw truncated(file, size, HEADERS_END);
        }
        if (head.getLong(MAGIC_OFFSET + MAGIC.length) == KNOWN_STORAGE_VERSION) {
            long expected = expectedSize(head);
            if (expected > size) {
                throw truncated(file, size, expected);
            }
        }
    }

    static SnapshotFormatException truncated(Path file, long size, long expected) {
        return new SnapshotFormatException(TRUNCATED, file, file + " is incomplete: it is " + size
                + " bytes long but its header says it needs at least " + expected
                + ". It was probably cut off while being copied or downloaded; copy it again from its source.");
    }

    private static boolean hasMagic(ByteBuffer head) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (head.get(MAGIC_OFFSET + i) != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** The least size the current database header implies; 0 when neither header looks sane (DuckDB judges then). */
    private static long expectedSize(ByteBuffer head) {
        long best = 0;
        long bestIteration = -1;
        for (int at = HEADER_SIZE; at < HEADERS_END; at += HEADER_SIZE) {
            long iteration = head.getLong(at + 8);
            long blockCount = head.getLong(at + 32);
            long blockSize = head.getLong(at + 40);
            boolean sane = blockSize >= HEADER_SIZE && blockSize <= (1L << 30) && Long.bitCount(blockSize) == 1
                    && blockCount >= 0 && blockCount < (1L << 32);
            if (sane && iteration > bestIteration) {
                bestIteration = iteration;
                best = HEADERS_END + blockCount * blockSize;
            }
        }
        return best;
    }
}
