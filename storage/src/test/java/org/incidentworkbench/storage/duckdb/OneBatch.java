package org.incidentworkbench.storage.duckdb;

import java.util.Iterator;
import java.util.List;

/** Tests' rows for {@link SignalTableWriter#insert}: all in one batch. */
public final class OneBatch {

    private OneBatch() {
    }

    public static RowBatches of(List<Object[]> rows) {
        Iterator<List<Object[]>> batches = List.of(rows).iterator();
        return () -> batches.hasNext() ? batches.next() : List.of();
    }
}
