package org.incidentworkbench.storage.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.duckdb.SignalTableWriter;
import org.incidentworkbench.storage.duckdb.SnapshotWriter;
import org.incidentworkbench.storage.jdbc.SqlIncidentSource;
import org.incidentworkbench.storage.schema.Column;
import org.incidentworkbench.storage.schema.Relation;
import org.incidentworkbench.storage.schema.SignalLayout;

/**
 * Copies an export's three signal tables, the bulk of its rows, all at once: per table one thread
 * reads the source (and hashes the rows as they pass, in the order the snapshot stores them) and
 * another inserts them into the table's own writer. The copies run while the caller writes the small
 * tables. A failure of one copy stops the others.
 */
final class SignalCopies implements AutoCloseable {

    /** Signal rows between two progress reports of a table. */
    static final int PROGRESS_EVERY = 10_000;
    private static final int METRIC_COLUMN = Relation.METRIC_POINTS.columns().stream().map(Column::name).toList()
            .indexOf("metric");

    /** Cancelled by the user's cancel or by the first failure. */
    private final Cancellation stop = Cancellation.create();
    private final Cancellation.Registration forward;
    private final Cancellation cancel;
    private final Map<Relation, RowPipe> pipes = new LinkedHashMap<>();
    private final Map<Relation, SignalDigest> digests = new LinkedHashMap<>();
    private final List<Thread> copiers = new ArrayList<>();
    /** The metrics the points copied belong to. */
    private final Set<String> metrics = new LinkedHashSet<>();
    private volatile RuntimeException failure;

    private SignalCopies(Cancellation cancel) {
        this.cancel = cancel;
        this.forward = cancel.onCancel(stop::cancel);
    }

    /** Starts one streaming read per signal table over the scope's windows, each on its own thread. */
    static SignalCopies read(SqlIncidentSource source, ExportScope scope, Cancellation cancel) {
        SignalCopies copies = new SignalCopies(cancel);
        for (Relation signal : SignalLayout.signals()) {
            CanonicalJson json = new CanonicalJson(signal);
            SignalDigest digest = new SignalDigest(signal);
            copies.digests.put(signal, digest);
            copies.pipes.put(signal, RowPipe.start((rows, c) -> source.exportSignal(signal, scope.services(),
                    scope.ranges(), row -> {
                        json.respell(row);
                        digest.add(row);
                        rows.accept(row);
                    }, c), copies.stop));
        }
        return copies;
    }

    /**
     * Inserts each table's rows into its writer in {@code w}, each on a thread of its own; see
     * {@link #await}. Closing what it returns stops the copies and waits for their threads, so
     * close it before {@code w}.
     */
    Copying into(SnapshotWriter w, TableProgress progress) {
        pipes.forEach((signal, pipe) -> copiers.add(Thread.ofPlatform().name("export-" + signal.tableName()).daemon()
                .start(() -> copy(pipe, signal, w.signalTable(signal), progress))));
        return () -> {
            if (copiers.stream().anyMatch(Thread::isAlive)) {
                stop.cancel();
            }
            copiers.forEach(SignalCopies::join);
        };
    }

    /** The copies under way, which closing stops. */
    interface Copying extends AutoCloseable {
        @Override
        void close();
    }

    private void copy(RowPipe pipe, Relation signal, SignalTableWriter out, TableProgress progress) {
        String table = signal.tableName();
        long[] copied = {0};
        try (pipe) {
            out.insert(() -> {
                List<Object[]> batch = pipe.next();
                if (signal == Relation.METRIC_POINTS) {
                    batch.forEach(row -> metrics.add((String) row[METRIC_COLUMN]));
                }
                long before = copied[0];
                copied[0] += batch.size();
                if (copied[0] / PROGRESS_EVERY > before / PROGRESS_EVERY) {
                    progress.rows(table, copied[0]);
                }
                return batch;
            });
            progress.done(table, copied[0]);
        } catch (RuntimeException e) {
            // The first failure is the one to report; the copies it stops fail with a cancel.
            if (failure == null && !(e instanceof ReadCancelledException && stop.isCancelled())) {
                failure = e;
            }
            stop.cancel();
        }
    }

    /**
     * Waits for every copy to end and rethrows the first failure (or the cancel). Returns the hash
     * of each table whose rows came in the stored order, as its manifest entry; a table that did
     * not is sorted when the snapshot is finished, and hashed then.
     */
    Map<String, SnapshotManifest.Table> await(SnapshotWriter w) {
        for (Thread t : copiers) {
            join(t);
        }
        if (failure != null) {
            throw failure;
        }
        cancel.throwIfCancelled();
        Map<String, SnapshotManifest.Table> hashed = new LinkedHashMap<>();
        digests.forEach((signal, digest) -> {
            if (w.signalTable(signal).inStoredOrder()) {
                hashed.put(signal.tableName(), digest.finish().table());
            }
        });
        return hashed;
    }

    /** The metrics of the points copied; after {@link #await}. */
    Set<String> metrics() {
        return metrics;
    }

    /** Stops the reads still running and waits for their threads. */
    @Override
    public void close() {
        pipes.values().forEach(RowPipe::close);
        forward.close();
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("interrupted while the export was copying", e);
        }
    }

    /** Where the copies report their rows, from threads other than the caller's. */
    interface TableProgress {
        void rows(String table, long rows);

        void done(String table, long rows);
    }
}
