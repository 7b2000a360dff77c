package org.incidentworkbench.ui.logs;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ObservableList;
import org.incidentworkbench.analysis.logs.LogCursor;
import org.incidentworkbench.analysis.logs.LogPage;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.tasks.Work;
import org.incidentworkbench.ui.workspace.ReadFailures;

/**
 * Reads one query's records a keyset page at a time into a sliding {@link RecordWindow}: the page
 * after the window's last record as the table scrolls down, the page before its first record
 * (the same query in the opposite order, reversed) as it scrolls up. One read runs at a time: a
 * scroll request while a page loads is dropped, and a page lands only next to the record it was
 * read from, so pages land in order and never twice; a new query or a jump cancels the page still
 * loading.
 */
final class PagedLogLoader {

    static final int PAGE_SIZE = 200;
    private static final String LOGS = "logs";

    private final IncidentSource source;
    private final TaskActivity reads;
    private final RecordWindow window;
    private final ReadFailures failures;
    private final int pageSize;
    private WindowListener listener = WindowListener.NONE;
    private LogQuery query;

    PagedLogLoader(IncidentSource source, TaskRunner tasks, WindowSize size, ReadFailures failures) {
        this.source = source;
        this.reads = new TaskActivity(tasks);
        this.failures = failures;
        this.window = new RecordWindow(size.maxRecords());
        this.pageSize = size.pageSize();
    }

    void setListener(WindowListener l) {
        listener = l == null ? WindowListener.NONE : l;
    }

    /** Drops the window and reads the first page of {@code q}. */
    void reset(LogQuery q) {
        query = q;
        window.clear();
        jumpToStart();
    }

    /** Re-reads the window at the start of the result. */
    void jumpToStart() {
        LogQuery q = query;
        read("Loading logs", (cancel, progress) -> source.logs(q, null, pageSize, cancel), page -> {
            window.showStart(page.records(), page.next().isPresent());
            listener.movedToStart();
        }, this::jumpToStart);
    }

    /** Re-reads the window at the end of the result: its last page, read backwards from the end. */
    void jumpToEnd() {
        LogQuery backwards = backwards(query);
        read("Loading the last logs", (cancel, progress) -> source.logs(backwards, null, pageSize, cancel),
                page -> {
                    window.showEnd(forwards(page), page.next().isPresent());
                    listener.movedToEnd();
                }, this::jumpToEnd);
    }

    /** Reads the page after the window, unless a page is loading or the window holds the last record. */
    void loadNext() {
        if (reads.isBusy() || window.isEmpty() || window.atEndProperty().get()) {
            return;
        }
        LogQuery q = query;
        LogCursor after = window.lastCursor();
        read("Loading logs", (cancel, progress) -> source.logs(q, after, pageSize, cancel),
                page -> {
                    if (window.isEmpty() || !after.equals(window.lastCursor())) {
                        return;
                    }
                    listener.sliding();
                    listener.shifted(-window.append(page.records(), page.next().isPresent()));
                }, this::loadNext);
    }

    /** Reads the page before the window, unless a page is loading or the window holds the first record. */
    void loadPrevious() {
        if (reads.isBusy() || window.isEmpty() || window.atStartProperty().get()) {
            return;
        }
        LogQuery backwards = backwards(query);
        LogCursor before = window.firstCursor();
        read("Loading earlier logs", (cancel, progress) -> source.logs(backwards, before, pageSize, cancel),
                page -> {
                    if (window.isEmpty() || !before.equals(window.firstCursor())) {
                        return;
                    }
                    listener.sliding();
                    listener.shifted(window.prepend(forwards(page), page.next().isPresent()));
                }, this::loadPrevious);
    }

    /** Reads one page; a failure is kept with {@code retry}, which asks for the same page again. */
    private void read(String title, Work<LogPage> work, Consumer<LogPage> onPage, Runnable retry) {
        reads.submit(title, work, page -> {
            failures.succeeded(LOGS);
            onPage.accept(page);
        }, failure -> failures.failed(LOGS, failure, retry));
    }

    ObservableList<LogRecord> records() {
        return window.records();
    }

    RecordWindow window() {
        return window;
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return reads.busyProperty();
    }

    void dispose() {
        reads.dispose();
    }

    /** The same filter in the opposite order: reading it after a cursor walks back from there. */
    private static LogQuery backwards(LogQuery q) {
        return q.withOrder(q.order() == LogQuery.Order.OLDEST_FIRST
                ? LogQuery.Order.NEWEST_FIRST : LogQuery.Order.OLDEST_FIRST);
    }

    /** A page read backwards, in the query's order again. */
    private static List<LogRecord> forwards(LogPage backwardsPage) {
        return backwardsPage.records().reversed();
    }
}
