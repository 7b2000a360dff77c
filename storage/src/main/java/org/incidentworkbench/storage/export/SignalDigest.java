package org.incidentworkbench.storage.export;

import java.io.ByteArrayOutputStream;
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
 * them is fed sorted by row text; the hash depends on the rows alone. A row's text is, per column,
 * {@code "-"} for null, or the value's text prefixed by its length in UTF-8 bytes and {@code ":"}:
 * times as epoch microseconds, numbers as Java writes them, text and JSON as they are.
 */
final class SignalDigest {

    private final int[] key;
    private final TableDigest digest = new TableDigest();
    /** The texts of the current run of rows with equal keys, and its first row. */
    private final List<byte[]> run = new ArrayList<>();
    private Object[] runKey;
    private final ByteArrayOutputStream text = new ByteArrayOutputStream(256);

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
        run.add(text(row));
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

    private byte[] text(Object[] row) {
        text.reset();
        for (Object value : row) {
            if (value == null) {
                text.write('-');
                continue;
            }
            byte[] bytes = (value instanceof String s ? s : value.toString()).getBytes(StandardCharsets.UTF_8);
            text.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            text.write(':');
            text.writeBytes(bytes);
        }
        return text.toByteArray();
    }
}
