package org.incidentworkbench.ui.tasks;

import java.util.function.Consumer;

/**
 * One kind of request where only the newest matters (a filter being typed, a zoom): submitting a
 * new one cancels the one still running, so a stale answer never overwrites a fresh one and the
 * engine stops working on it.
 */
public final class LatestOnly {

    private final TaskRunner runner;
    private RunningTask current;

    public LatestOnly(TaskRunner runner) {
        this.runner = runner;
    }

    public <T> RunningTask submit(String title, Work<T> work, Consumer<? super T> onSuccess) {
        cancel();
        current = runner.submit(title, work, onSuccess);
        return current;
    }

    public <T> RunningTask submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        cancel();
        current = runner.submit(title, work, onSuccess, onFailure);
        return current;
    }

    /** Cancels the request still running, if any. */
    public void cancel() {
        if (current != null) {
            current.cancel();
            current = null;
        }
    }
}
