package org.incidentworkbench.ui.logs;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentworkbench.analysis.logs.LogCursor;
import org.incidentworkbench.analysis.logs.LogPage;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.ui.tasks.TaskRunner;

/**
 * The records of one query, read a keyset page at a time as the table asks for more. A new query
 * cancels the page still loading, so a stale page never lands in the new list. At most
 * {@link #MAX_LOADED} records are kept (about 25 MB of typical lines): past that the user narrows
 * the range on the histogram rather than scrolling further.
 */
final class PagedLogLoader {

    static final int PAGE_SIZE = 200;
    static final int MAX_LOADED = 50_000;

    private final IncidentSource source;
    private final TaskActivity pages;
    private final ObservableList<LogRecord> records = FXCollections.observableArrayList();
    private final ObservableList<LogRecord> readOnlyRecords = FXCollections.unmodifiableObservableList(records);
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();
    private LogQuery query;
    private LogCursor next;

    PagedLogLoader(IncidentSource source, TaskRunner tasks) {
        this.source = source;
        this.pages = new TaskActivity(tasks);
    }

    /** Drops what is loaded and reads the first page of {@code q}. */
    void reset(LogQuery q) {
        pages.cancel();
        records.clear();
        query = q;
        next = null;
        complete.set(false);
        loadPage();
    }

    /** Reads the next page unless one is loading, the last was read, or the cap is reached. */
    void loadMore() {
        if (query != null && !pages.isBusy() && !complete.get() && !isCapped()) {
            loadPage();
        }
    }

    ObservableList<LogRecord> records() {
        return readOnlyRecords;
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return pages.busyProperty();
    }

    /** Every matching record is loaded. */
    ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    boolean isCapped() {
        return records.size() >= MAX_LOADED;
    }

    void dispose() {
        pages.dispose();
    }

    private void loadPage() {
        LogQuery q = query;
        LogCursor after = next;
        pages.submit("Loading logs", (cancel, progress) -> source.logs(q, after, PAGE_SIZE, cancel), this::append);
    }

    private void append(LogPage page) {
        records.addAll(page.records());
        next = page.next().orElse(null);
        complete.set(next == null);
    }
}
