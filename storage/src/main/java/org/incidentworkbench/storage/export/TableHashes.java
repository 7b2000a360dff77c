package org.incidentworkbench.storage.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.duckdb.DuckDBConnection;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.duckdb.SameDatabase;
import org.incidentworkbench.storage.duckdb.SnapshotTables;
import org.incidentworkbench.storage.schema.EvidenceSchema;

/**
 * The row count and SHA-256 of tables of a snapshot being written, for its manifest, read back from
 * the file as committed. Two workers, each on its own connection, take the tables in turn, the
 * largest first: while DuckDB builds and sorts one table's row texts, the other worker hashes
 * another's, so the hashing keeps both cores busy.
 */
final class TableHashes {

    private static final int WORKERS = 2;
    /** The schema's tables, the largest first, so no worker is left with a large one at the end. */
    private static final List<String> ORDER = largestFirst();

    private TableHashes() {
    }

    /** The hash of each of {@code tables}, read through connections duplicating {@code file}. */
    static Map<String, SnapshotManifest.Table> of(DuckDBConnection file, Collection<String> tables, Cancellation cancel)
            throws SQLException {
        Map<String, SnapshotManifest.Table> hashed = new ConcurrentHashMap<>();
        List<String> todo = ORDER.stream().filter(tables::contains).toList();
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "snapshot-hash");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                DuckDBConnection own = SameDatabase.duplicate(file);
                running.add(workers.submit(() -> {
                    try (own; Statement st = own.createStatement()) {
                        for (int t = next.getAndIncrement(); t < todo.size(); t = next.getAndIncrement()) {
                            cancel.throwIfCancelled();
                            hashed.put(todo.get(t), hash(st, todo.get(t)));
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> f : running) {
                await(f);
            }
        } finally {
            workers.shutdownNow();
        }
        return hashed;
    }

    private static SnapshotManifest.Table hash(Statement st, String table) throws SQLException {
        StoredDigest digest = StoredDigest.of(table);
        try (ResultSet rs = st.executeQuery(SnapshotTables.contentQuery(table))) {
            while (rs.next()) {
                digest.handle(rs);
            }
        }
        return digest.finish().table();
    }

    private static void await(Future<Void> f) throws SQLException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("interrupted while hashing the snapshot", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case SQLException sql -> throw sql;
                case RuntimeException r -> throw r;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static List<String> largestFirst() {
        List<String> signals = List.of("metric_points", "log_records", "spans");
        List<String> order = new ArrayList<>(signals);
        EvidenceSchema.TABLES.stream().filter(t -> !signals.contains(t)).forEach(order::add);
        return List.copyOf(order);
    }
}
