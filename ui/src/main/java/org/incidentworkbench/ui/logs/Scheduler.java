package org.incidentworkbench.ui.logs;

import java.time.Duration;

/**
 * Runs an action later on the UI thread. The view model depends on this rather than on a JavaFX
 * timer, so debouncing is tested without a toolkit (a manual scheduler in tests).
 */
@FunctionalInterface
public interface Scheduler {

    /** Runs {@code action} once after {@code delay} unless the returned handle is cancelled first. */
    Scheduled schedule(Duration delay, Runnable action);

    /** An action waiting to run. */
    @FunctionalInterface
    interface Scheduled {
        void cancel();
    }
}
