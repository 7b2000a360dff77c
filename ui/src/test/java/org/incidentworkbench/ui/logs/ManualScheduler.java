package org.incidentworkbench.ui.logs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Scheduler} whose actions run when the test says time has passed. */
final class ManualScheduler implements Scheduler {

    private final List<Runnable> waiting = new ArrayList<>();

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        waiting.add(action);
        return () -> waiting.remove(action);
    }

    /** Lets the delay pass: runs every action still waiting. */
    void elapse() {
        List<Runnable> due = new ArrayList<>(waiting);
        waiting.clear();
        due.forEach(Runnable::run);
    }

    int waiting() {
        return waiting.size();
    }
}
