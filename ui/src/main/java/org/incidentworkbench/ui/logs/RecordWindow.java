package org.incidentworkbench.ui.logs;

import java.util.List;
import java.util.OptionalLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentworkbench.analysis.logs.LogCursor;
import org.incidentworkbench.analysis.logs.LogRecord;

/**
 * A bounded, contiguous slice of one query's records, in the query's order: the table's items.
 * Adding a page at one edge drops as many records as needed at the other, so however far the user
 * scrolls at most {@code capacity} records are held. A record of the sample takes about 650 bytes
 * (body, ids, attributes map; measured on the heap), so the default {@link #DEFAULT_CAPACITY} keeps
 * the window near 16 MB, and under 50 MB even if a source's lines are three times as long.
 * <p>
 * Where the window sits in the whole result is counted exactly from the edge it was last anchored
 * at: records dropped or added above are counted from the start, below from the end.
 */
final class RecordWindow {

    static final int DEFAULT_CAPACITY = 25_000;
    private static final long UNKNOWN = -1;

    private final int capacity;
    private final ObservableList<LogRecord> records = FXCollections.observableArrayList();
    private final ObservableList<LogRecord> readOnlyRecords = FXCollections.unmodifiableObservableList(records);
    private final ReadOnlyBooleanWrapper atStart = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper atEnd = new ReadOnlyBooleanWrapper();
    /** Matching records before the window's first one, and after its last one, or UNKNOWN. */
    private long above = UNKNOWN;
    private long below = UNKNOWN;

    RecordWindow(int capacity) {
        this.capacity = capacity;
    }

    ObservableList<LogRecord> records() {
        return readOnlyRecords;
    }

    /** The window holds the first matching record (or knows there is none). */
    ReadOnlyBooleanProperty atStartProperty() {
        return atStart.getReadOnlyProperty();
    }

    /** The window holds the last matching record (or knows there is none). */
    ReadOnlyBooleanProperty atEndProperty() {
        return atEnd.getReadOnlyProperty();
    }

    boolean isEmpty() {
        return records.isEmpty();
    }

    LogCursor firstCursor() {
        return records.getFirst().cursor();
    }

    LogCursor lastCursor() {
        return records.getLast().cursor();
    }

    /** Empties the window; nothing is known about the new result yet. */
    void clear() {
        place(false, false, UNKNOWN, UNKNOWN);
        records.clear();
    }

    /** Shows the first page of the result; {@code more}: records follow it. */
    void showStart(List<LogRecord> firstPage, boolean more) {
        place(true, !more, 0, more ? UNKNOWN : 0);
        records.setAll(firstPage);
    }

    /** Shows the last page of the result, in the query's order; {@code more}: records precede it. */
    void showEnd(List<LogRecord> lastPage, boolean more) {
        place(!more, true, more ? UNKNOWN : 0, 0);
        records.setAll(lastPage);
    }

    /**
     * Adds the page that follows the window and drops the oldest rows above if over capacity;
     * {@code more}: records follow the page. Returns how many rows were dropped above.
     */
    int append(List<LogRecord> page, boolean more) {
        int dropped = Math.max(0, records.size() + page.size() - capacity);
        place(atStart.get() && dropped == 0, !more, plus(above, dropped), more ? UNKNOWN : 0);
        records.addAll(page);
        records.remove(0, dropped);
        return dropped;
    }

    /**
     * Adds the page that precedes the window (in the query's order) and drops rows below if over
     * capacity; {@code more}: records precede the page. Returns how many rows were added above.
     */
    int prepend(List<LogRecord> page, boolean more) {
        int dropped = Math.max(0, records.size() + page.size() - capacity);
        place(!more, atEnd.get() && dropped == 0, more ? plus(above, -page.size()) : 0, plus(below, dropped));
        records.addAll(0, page);
        records.remove(records.size() - dropped, records.size());
        return page.size();
    }

    /** The window's first record's index (from 0) among {@code total} matching records, if known exactly. */
    OptionalLong firstIndex(long total) {
        long first = above != UNKNOWN ? above
                : below != UNKNOWN ? total - below - records.size()
                : UNKNOWN;
        // A live source may have gained records since the count: then the position is not exact.
        boolean exact = first >= 0 && first + records.size() <= total;
        return exact ? OptionalLong.of(first) : OptionalLong.empty();
    }

    /** Called before the list changes: its listeners (the status line) read where the window is. */
    private void place(boolean start, boolean end, long recordsAbove, long recordsBelow) {
        atStart.set(start);
        atEnd.set(end);
        above = recordsAbove;
        below = recordsBelow;
    }

    private static long plus(long count, long delta) {
        return count == UNKNOWN ? UNKNOWN : count + delta;
    }
}
