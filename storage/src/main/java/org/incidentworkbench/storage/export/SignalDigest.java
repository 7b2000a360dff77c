package org.incidentworkbench.storage.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.incidentworkbench.storage.schema.Relation;
import org.incidentworkbench.storage.schema.SignalLayout;

/**
 * The row count and SHA-256 of one signal table, fed its rows as values (see {@code SignalRow}) in
 * the stored order ({@link SignalLayout}): the order an export's source sends them in, so the export
 * hashes them as they pass instead of reading the table back. Rows with equal layout keys (a
 * series' points at one instant, told apart by their labels) come in no set order, so each run of
 * them is fed sorted by encoding (unsigned bytes); the hash depends on the rows alone. A row's
 * encoding is, per column, a 4-byte length ({@code -1} for null) and the value's bytes: a time or
 * an integer as its 8 bytes, a double as its 8 IEEE 754 bytes (one NaN), text and JSON as UTF-8; all big-endian.
 * (A decimal text of each number cost more than the rest of the copy's hashing.)
 */
final class SignalDigest {

    private final int[] key;
    private final TableDigest digest = new TableDigest();
    /** The encodings of the current run of rows with equal keys, and its first row. */
    private final List<byte[]> run = new ArrayList<>();
    private Object[] runKey;

    SignalDigest(Relation signal) {
        this.key = SignalLayout.orderPositions(signal);
    }

    void add(Object[] row) {
        if (runKey != null && !sameKey(runKey, row)) {
            feedRun();
        }
        if (run.isEmpty()) {
            runKey = row;
        }
        run.add(encoding(row));
    }

    /** The digest of every row added; add nothing after. */
    TableDigest finish() {
        feedRun();
        return digest;
    }

    private void feedRun() {
        if (run.size() > 1) {
            run.sort(Arrays::compareUnsigned);
        }
        run.forEach(digest::add);
        run.clear();
    }

    private boolean sameKey(Object[] a, Object[] b) {
        for (int at : key) {
            if (!Objects.equals(a[at], b[at])) {
                return false;
            }
        }
        return true;
    }

    private static byte[] encoding(Object[] row) {
        byte[][] texts = new byte[row.length][];
        int size = 0;
        for (int i = 0; i < row.length; i++) {
            size += Integer.BYTES;
            if (row[i] instanceof String s) {
                texts[i] = s.getBytes(StandardCharsets.UTF_8);
                size += texts[i].length;
            } else if (row[i] != null) {
                size += Long.BYTES;
            }
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        for (int i = 0; i < row.length; i++) {
            switch (row[i]) {
                case null -> out.putInt(-1);
                case String ignored -> out.putInt(texts[i].length).put(texts[i]);
                case Long l -> out.putInt(Long.BYTES).putLong(l);
                case Double d -> out.putInt(Long.BYTES).putLong(Double.doubleToLongBits(d));
                default -> throw new IllegalArgumentException("not a signal value: " + row[i]);
            }
        }
        return out.array();
    }
}
