package org.incidentworkbench.ui.logs;

import java.time.Duration;

/**
 * Runs an action once the calls to it have paused for {@code delay}: each call replaces the one
 * still waiting, so typing a word sends one query, not one per key.
 */
final class Debouncer {

    private final Scheduler scheduler;
    private final Duration delay;
    private Scheduler.Scheduled pending;

    Debouncer(Scheduler scheduler, Duration delay) {
        this.scheduler = scheduler;
        this.delay = delay;
    }

    void call(Runnable action) {
        cancel();
        pending = scheduler.schedule(delay, () -> {
            pending = null;
            action.run();
        });
    }

    /** Drops the call still waiting, if any. */
    void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
