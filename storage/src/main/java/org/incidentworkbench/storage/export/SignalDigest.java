package org.incidentworkbench.storage.export;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.incidentworkbench.storage.schema.Relation;
import org.incidentworkbench.storage.schema.SignalLayout;

/**
 * The row count and SHA-256 of one signal table, fed its rows as values (see {@code SignalValues}) in
 * the stored order ({@link SignalLayout}): the order an export's source sends them in, so the export
 * hashes them as they pass instead of reading the table back. Rows with equal layout keys (a
 * series' points at one instant, told apart by their labels) come in no set order, so each run of
 * them is fed sorted by encoding (unsigned bytes); the hash depends on the rows alone. A row's
 * encoding is, per column, a 4-byte length ({@code -1} for null) and the value's bytes: a time or
 * an integer as its 8 bytes, a double as its 8 IEEE 754 bytes (one NaN), text and JSON as UTF-8; all big-endian.
 * (A decimal text of each number cost more than the rest of the copy's hashing.)
 */
final class SignalDigest {

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final int[] key;
    private final TableDigest digest = new TableDigest();
    /** The encoding of the current run's first row, in a buffer reused from row to row (rows are encoded, not kept). */
    private byte[] first = new byte[256];
    private int firstLength;
    /** The encodings of the current run's rows when it has more than one (the first's copied in). */
    private final List<byte[]> ties = new ArrayList<>();
    private Object[] runKey;

    SignalDigest(Relation signal) {
        this.key = SignalLayout.orderPositions(signal);
    }

    void add(Object[] row) {
        if (runKey != null && !sameKey(runKey, row)) {
            feedRun();
        }
        if (runKey == null) {
            runKey = row;
            firstLength = encode(row);
            return;
        }
        if (ties.isEmpty()) {
            ties.add(Arrays.copyOf(first, firstLength));
        }
        ties.add(Arrays.copyOf(first, encode(row))); // the first row's encoding is kept in ties
    }

    /** The digest of every row added; add nothing after. */
    TableDigest finish() {
        if (runKey != null) {
            feedRun();
        }
        return digest;
    }

    private void feedRun() {
        if (ties.isEmpty()) {
            digest.add(first, firstLength);
        } else {
            ties.sort(Arrays::compareUnsigned);
            ties.forEach(t -> digest.add(t, t.length));
            ties.clear();
        }
        runKey = null;
    }

    private boolean sameKey(Object[] a, Object[] b) {
        for (int at : key) {
            if (!Objects.equals(a[at], b[at])) {
                return false;
            }
        }
        return true;
    }

    /** Encodes {@code row} into {@link #first}, grown as needed; returns the encoding's length. */
    private int encode(Object[] row) {
        int at = 0;
        for (Object value : row) {
            byte[] text = value instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : null;
            at = room(at, Integer.BYTES + (text != null ? text.length : Long.BYTES));
            switch (value) {
                case null -> at = putInt(at, -1);
                case String ignored -> {
                    at = putInt(at, text.length);
                    System.arraycopy(text, 0, first, at, text.length);
                    at += text.length;
                }
                case Long l -> at = putLong(putInt(at, Long.BYTES), l);
                case Double d -> at = putLong(putInt(at, Long.BYTES), Double.doubleToLongBits(d));
                default -> throw new IllegalArgumentException("not a signal value: " + value);
            }
        }
        return at;
    }

    /** Makes room for {@code more} bytes after {@code at}; returns {@code at}. */
    private int room(int at, int more) {
        if (at + more > first.length) {
            first = Arrays.copyOf(first, Math.max(2 * first.length, at + more));
        }
        return at;
    }

    private int putInt(int at, int v) {
        INT.set(first, at, v);
        return at + Integer.BYTES;
    }

    private int putLong(int at, long v) {
        LONG.set(first, at, v);
        return at + Long.BYTES;
    }
}
