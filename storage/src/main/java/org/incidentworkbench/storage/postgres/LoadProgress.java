package org.incidentworkbench.storage.postgres;

/** Hears how a load advances; called on the loading thread, so it must return quickly. */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = (table, rows, done) -> {
    };

    /**
     * {@code rows} of {@code table} are copied: called every {@value SnapshotLoader#PROGRESS_EVERY}
     * rows while the table loads and once with {@code done} when all its rows are in (visible to
     * others only when the whole load commits).
     */
    void copied(String table, long rows, boolean done);
}
