package org.incidentworkbench.ui.tasks;

import java.util.ArrayList;
import java.util.List;
import org.incidentworkbench.ui.problems.ProblemReporter;

/**
 * Holds submitted work until told to run it, as a busy pool would: for tests (as
 * {@link SameThreadTaskRunner}) that overtake a request with a newer one, or check what waits for
 * a task. Results are delivered on the calling thread.
 */
public final class DeferredTaskRunner extends TaskLifecycle {

    private final List<Runnable> queued = new ArrayList<>();

    public DeferredTaskRunner(ProblemReporter problems) {
        super(problems);
    }

    @Override
    void execute(Runnable backgroundWork) {
        queued.add(backgroundWork);
    }

    @Override
    void onUiThread(Runnable action) {
        action.run();
    }

    /** Runs the queued work, oldest first, and forgets it. */
    public void runAll() {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }
}
