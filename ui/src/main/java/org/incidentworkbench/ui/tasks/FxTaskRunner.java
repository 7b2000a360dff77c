package org.incidentworkbench.ui.tasks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.incidentworkbench.ui.problems.ProblemReporter;

/**
 * The app's task runner: a few daemon threads do the work (reads are I/O-bound and the newest
 * request cancels the stale ones, so a small pool keeps up), results go back through
 * {@link Platform#runLater}.
 */
public final class FxTaskRunner extends TaskLifecycle implements AutoCloseable {

    private static final int THREADS = 4;

    private final ExecutorService workers;

    public FxTaskRunner(ProblemReporter problems) {
        super(problems);
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "workbench-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    void execute(Runnable backgroundWork) {
        workers.execute(backgroundWork);
    }

    @Override
    void onUiThread(Runnable action) {
        Platform.runLater(action);
    }

    /** Cancels what is running and stops the threads. */
    @Override
    public void close() {
        active().forEach(RunningTask::cancel);
        workers.shutdownNow();
    }
}
