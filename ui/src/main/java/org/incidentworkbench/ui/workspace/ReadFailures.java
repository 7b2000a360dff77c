package org.incidentworkbench.ui.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.TaskRunner;

/**
 * The reads of a section that failed and have not worked since (a lost connection fails them all):
 * the section says so in plain words, keeps what it shows, and "Try again" re-runs each failed read.
 * Each read is named by what it loads ("metrics", "the log volume"); a later success of the same
 * read forgets its failure. The banner hears of every failure too, as of every failed task.
 * Used on the FX thread.
 */
public final class ReadFailures {

    private final TaskRunner tasks;
    private final Map<String, Runnable> retries = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ReadFailures(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** "Could not load metrics: …" for the latest failure still standing; empty when none is. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Reading {@code what} failed; {@code retry} reads it again. */
    public void failed(String what, Throwable failure, Runnable retry) {
        retries.remove(what);
        retries.put(what, retry);
        message.set("Could not load " + what + ": " + Problems.plainMessage(failure));
        tasks.report("Loading " + what, failure);
    }

    /** Reading {@code what} worked: its failure, if any, is over. */
    public void succeeded(String what) {
        if (retries.remove(what) != null && retries.isEmpty()) {
            message.set("");
        }
    }

    /** Re-runs every failed read (each reports again if it fails again). */
    public void retry() {
        List<Runnable> again = new ArrayList<>(retries.values());
        retries.clear();
        message.set("");
        again.forEach(Runnable::run);
    }
}
