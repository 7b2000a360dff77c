package org.incidentworkbench.ui.logs;

/**
 * How many records one read brings ({@code pageSize}) and the most the window keeps
 * ({@code maxRecords}, which bounds the section's memory; see {@link RecordWindow}).
 */
record WindowSize(int pageSize, int maxRecords) {

    static final WindowSize DEFAULT = new WindowSize(PagedLogLoader.PAGE_SIZE, RecordWindow.DEFAULT_CAPACITY);

    WindowSize {
        if (pageSize < 1 || maxRecords < 2 * pageSize) {
            throw new IllegalArgumentException("the window holds at least two pages: " + pageSize + ", " + maxRecords);
        }
    }
}
