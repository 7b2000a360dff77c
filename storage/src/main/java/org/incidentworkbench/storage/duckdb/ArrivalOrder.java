package org.incidentworkbench.storage.duckdb;

import org.incidentworkbench.storage.schema.Relation;
import org.incidentworkbench.storage.schema.SignalLayout;

/**
 * Whether the rows of one signal table have so far arrived in the snapshot's order
 * ({@link SignalLayout}), as an export's reads deliver them: then the writer need not sort them.
 * Values compare as DuckDB orders them: numbers by value, text by code point.
 */
final class ArrivalOrder {

    private final int[] key;
    private Object[] previous;
    private boolean sorted = true;

    ArrivalOrder(Relation signal) {
        this.key = SignalLayout.orderPositions(signal);
    }

    void see(Object[] row) {
        if (sorted && previous != null && compare(previous, row) > 0) {
            sorted = false;
        }
        previous = row;
    }

    /** A row was added some other way, in no known order. */
    void unknown() {
        sorted = false;
    }

    boolean sorted() {
        return sorted;
    }

    private int compare(Object[] a, Object[] b) {
        for (int at : key) {
            int c = switch (a[at]) {
                case Long l -> Long.compare(l, (Long) b[at]);
                case String s -> byCodePoint(s, (String) b[at]);
                default -> throw new IllegalArgumentException("not a key value: " + a[at]);
            };
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** UTF-16 order differs from code point order past U+FFFF; the texts seldom differ, so the loop is rare. */
    private static int byCodePoint(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
