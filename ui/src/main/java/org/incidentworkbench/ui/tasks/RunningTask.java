package org.incidentworkbench.ui.tasks;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.incidentworkbench.analysis.source.Cancellation;

/**
 * A task the status bar can show and the user can cancel. Its properties change on the FX thread
 * only (the runner posts updates there).
 */
public final class RunningTask {

    private final String title;
    private final Cancellation cancellation;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final List<Runnable> endActions = new ArrayList<>();
    private boolean ended;

    RunningTask(String title, Cancellation cancellation) {
        this.title = title;
        this.cancellation = cancellation;
    }

    public String title() {
        return title;
    }

    /** Fraction done in [0, 1], negative while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Stops the work (in the engine too) and drops its result. */
    public void cancel() {
        cancellation.cancel();
    }

    public boolean isCancelled() {
        return cancellation.isCancelled();
    }

    /**
     * Runs {@code action} once the task has ended, delivered or not (at once if it has): how the
     * owner of a cancelled task, which delivers nothing, learns that its work has really stopped.
     */
    public void whenEnded(Runnable action) {
        if (ended) {
            action.run();
        } else {
            endActions.add(action);
        }
    }

    Cancellation cancellation() {
        return cancellation;
    }

    void end() {
        ended = true;
        endActions.forEach(Runnable::run);
        endActions.clear();
    }

    void update(double fraction, String text) {
        progress.set(fraction);
        message.set(text == null ? "" : text);
    }
}
