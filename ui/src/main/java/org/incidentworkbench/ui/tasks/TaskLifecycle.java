package org.incidentworkbench.ui.tasks;

import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.ui.problems.ProblemReporter;

/**
 * What every runner does around a task, whichever thread it uses: register it as active, run it,
 * drop the result of a cancelled task, route a failure, and unregister it.
 */
abstract class TaskLifecycle implements TaskRunner {

    private final ObservableList<RunningTask> active = FXCollections.observableArrayList();
    private final ProblemReporter problems;

    TaskLifecycle(ProblemReporter problems) {
        this.problems = problems;
    }

    @Override
    public ObservableList<RunningTask> active() {
        return active;
    }

    @Override
    public <T> RunningTask submit(String title, Work<T> work, Consumer<? super T> onSuccess) {
        return submit(title, work, onSuccess, failure -> report(title, failure));
    }

    @Override
    public void report(String title, Throwable failure) {
        problems.report(title, failure);
    }

    @Override
    public <T> RunningTask submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        RunningTask task = new RunningTask(title, Cancellation.create());
        active.add(task);
        execute(() -> {
            Outcome<T> outcome = runWork(work, task);
            onUiThread(() -> {
                active.remove(task);
                try {
                    deliver(task, outcome, onSuccess, onFailure);
                } finally {
                    task.end();
                }
            });
        });
        return task;
    }

    private static <T> void deliver(RunningTask task, Outcome<T> outcome, Consumer<? super T> onSuccess,
                                    Consumer<? super Throwable> onFailure) {
        if (task.isCancelled()) {
            return;
        }
        if (outcome.failure() == null) {
            onSuccess.accept(outcome.value());
        } else if (!(outcome.failure() instanceof ReadCancelledException)) {
            onFailure.accept(outcome.failure());
        }
    }

    private <T> Outcome<T> runWork(Work<T> work, RunningTask task) {
        try {
            Progress progress = (fraction, message) -> onUiThread(() -> task.update(fraction, message));
            return new Outcome<>(work.run(task.cancellation(), progress), null);
        } catch (Exception | LinkageError e) {
            return new Outcome<>(null, e);
        }
    }

    /** Runs the work: on a background thread, or at once in tests. */
    abstract void execute(Runnable backgroundWork);

    /** Runs on the FX thread: posted there, or at once in tests. */
    abstract void onUiThread(Runnable action);

    private record Outcome<T>(T value, Throwable failure) {
    }
}
