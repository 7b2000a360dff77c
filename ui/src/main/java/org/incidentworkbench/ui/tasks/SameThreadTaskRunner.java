package org.incidentworkbench.ui.tasks;

import org.incidentworkbench.ui.problems.ProblemReporter;

/**
 * Runs every task at once on the calling thread and delivers its result before {@code submit}
 * returns: for view-model tests, which need no toolkit and no waiting.
 */
public final class SameThreadTaskRunner extends TaskLifecycle {

    public SameThreadTaskRunner(ProblemReporter problems) {
        super(problems);
    }

    @Override
    void execute(Runnable backgroundWork) {
        backgroundWork.run();
    }

    @Override
    void onUiThread(Runnable action) {
        action.run();
    }
}
