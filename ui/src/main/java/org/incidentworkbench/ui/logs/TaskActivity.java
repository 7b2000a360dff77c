package org.incidentworkbench.ui.logs;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import org.incidentworkbench.ui.tasks.LatestOnly;
import org.incidentworkbench.ui.tasks.RunningTask;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.tasks.Work;

/**
 * A {@link LatestOnly} kind of request that also says whether its newest request is still running.
 * Busy follows the runner's list of active tasks, so it clears on success, failure and cancel
 * alike. Failures reach {@code onFailure} when given, else the app's one problem reporter.
 */
final class TaskActivity {

    private final TaskRunner runner;
    private final LatestOnly latest;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ListChangeListener<RunningTask> watcher = change -> refresh();
    private RunningTask current;

    TaskActivity(TaskRunner runner) {
        this.runner = runner;
        this.latest = new LatestOnly(runner);
        runner.active().addListener(watcher);
    }

    <T> void submit(String title, Work<T> work, Consumer<? super T> onSuccess) {
        current = latest.submit(title, work, onSuccess);
        refresh();
    }

    <T> void submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        current = latest.submit(title, work, onSuccess, onFailure);
        refresh();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    boolean isBusy() {
        return busy.get();
    }

    /** Cancels the running request and stops watching the runner. */
    void dispose() {
        cancel();
        runner.active().removeListener(watcher);
    }

    void cancel() {
        latest.cancel();
        current = null;
        refresh();
    }

    private void refresh() {
        busy.set(current != null && runner.active().contains(current));
    }
}
