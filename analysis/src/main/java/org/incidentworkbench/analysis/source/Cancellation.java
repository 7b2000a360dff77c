package org.incidentworkbench.analysis.source;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets the caller of a read stop it. Engines register what stops the work (a JDBC
 * {@code Statement.cancel()}, say) with {@link #onCancel}; a cancelled read throws
 * {@link ReadCancelledException}.
 */
public final class Cancellation {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** A fresh token, not yet cancelled. */
    public static Cancellation create() {
        return new Cancellation();
    }

    /** For callers that never cancel (the command line, tests): a fresh token nobody holds. */
    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            listeners.forEach(Runnable::run);
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Runs {@code action} on cancel (at once if already cancelled); close the result once the work is done. */
    public Registration onCancel(Runnable action) {
        listeners.add(action);
        if (cancelled.get()) {
            action.run();
        }
        return () -> listeners.remove(action);
    }

    public void throwIfCancelled() {
        if (cancelled.get()) {
            throw new ReadCancelledException();
        }
    }

    /** A cancel action's registration; closing it means the work finished and needs no stopping. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
