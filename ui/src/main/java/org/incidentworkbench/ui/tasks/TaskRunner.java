package org.incidentworkbench.ui.tasks;

import java.util.function.Consumer;
import javafx.collections.ObservableList;

/**
 * Runs {@link Work} off the FX thread and hands its result to {@code onSuccess} on the FX thread.
 * A cancelled task delivers nothing. A failure goes to {@code onFailure} when given, else to the
 * one {@link org.incidentworkbench.ui.problems.ProblemReporter} of the app. Tests use a runner that
 * does all of it on the calling thread.
 */
public interface TaskRunner {

    <T> RunningTask submit(String title, Work<T> work, Consumer<? super T> onSuccess);

    <T> RunningTask submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                           Consumer<? super Throwable> onFailure);

    /**
     * Hands a failure to the app's one problem reporter, as the default failure path does: for an
     * {@code onFailure} that also shows the failure where it happened.
     */
    void report(String title, Throwable failure);

    /** The tasks still running, oldest first; read and observed on the FX thread. */
    ObservableList<RunningTask> active();
}
