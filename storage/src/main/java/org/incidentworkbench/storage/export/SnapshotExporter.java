package org.incidentworkbench.storage.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;
import org.incidentworkbench.analysis.changes.DeploymentCommitRange;
import org.incidentworkbench.analysis.changes.DeploymentEvent;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.knowledge.KbDocument;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.analysis.source.SourceInfo;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.topology.Service;
import org.incidentworkbench.analysis.topology.TopologyEdge;
import org.incidentworkbench.storage.duckdb.SnapshotTables;
import org.incidentworkbench.storage.duckdb.SnapshotWriter;
import org.incidentworkbench.storage.jdbc.SqlIncidentSource;
import org.incidentworkbench.storage.schema.EvidenceSchema;
import org.incidentworkbench.storage.schema.SignalLayout;

/**
 * Copies one incident and what is needed to review it from any {@link IncidentSource} into a new
 * snapshot. The signal tables are read with one streaming query per table, each row appended to
 * the table as it arrives ({@link SignalCopies}), so memory does not grow with the data and the
 * source serves the export at about the speed it dumps a table. The snapshot appears under its
 * name only when complete, sealed with its {@link SnapshotManifest}; a failure or a cancel leaves
 * no file behind.
 */
public final class SnapshotExporter {

    /**
     * The tables written last: the descriptors of the metrics the points copied belong to, and on
     * finish the templates mined from the records copied and the schema stamp. All others are
     * complete once the small tables are written, and hashed while the signals are still copied.
     */
    private static final Set<String> WRITTEN_LAST = Set.of("metric_descriptors", "log_templates", "schema_info");
    /** The steps progress is measured in: metric points, log records, spans, the small tables, knowledge. */
    private static final int STEPS = 5;

    private final Clock clock;

    public SnapshotExporter(Clock clock) {
        this.clock = clock;
    }

    public ExportResult export(IncidentSource source, ExportRequest request, Path target, ExportProgress progress,
                               Cancellation cancel) {
        Instant started = clock.instant();
        SourceInfo from = source.info();
        // The file is made while the incident and its scope are read, so the copies never wait for it.
        CompletableFuture<SnapshotWriter> creating = CompletableFuture.supplyAsync(
                () -> SnapshotWriter.create(target, from.kind() + " " + from.location()),
                runnable -> Thread.ofPlatform().name("export-create").daemon().start(runnable));
        Incident incident;
        List<TopologyEdge> edges;
        ExportScope scope;
        SqlIncidentSource sql;
        try {
            incident = source.incident(request.incidentId(), cancel).orElseThrow(() -> new SourceException(
                    "There is no incident " + request.incidentId() + " in " + from.location() + "."));
            edges = source.topology(cancel);
            scope = ExportScope.of(incident, request, edges);
            sql = streaming(source);
        } catch (RuntimeException e) {
            discard(creating, e);
            throw e;
        }
        Run run = new Run(sql, scope, progress, cancel);
        SnapshotManifest[] sealed = new SnapshotManifest[1];
        try (SnapshotWriter w = joined(creating); SignalCopies signals = SignalCopies.read(sql, scope, cancel);
             SignalCopies.Copying copying = signals.into(w, run)) {
            // The small tables are read on another thread, and written while the signals are copied.
            CompletableFuture<List<Pending<?>>> small = CompletableFuture.supplyAsync(() -> run.smallTables(incident, edges),
                    runnable -> Thread.ofPlatform().name("export-small-tables").daemon().start(runnable));
            run.write(w, joined(small));
            run.knowledge(w);
            w.commit();
            CompletableFuture<Map<String, SnapshotManifest.Table>> early = hashWrittenEarly(w, cancel);
            Map<String, SnapshotManifest.Table> hashed;
            try {
                hashed = new HashMap<>(signals.await(w));
                run.copy("metric_descriptors", sql.metricDescriptors(cancel).stream()
                        .filter(d -> signals.metrics().contains(d.name())).toList(), w::addMetricDescriptor);
                hashed.putAll(joined(early));
            } finally {
                early.exceptionally(failed -> null).join(); // it reads the file a failure is about to remove
            }
            cancel.throwIfCancelled();
            w.finish(clock.instant(), c -> sealed[0] = seal(c, hashed, from, incident, scope, cancel));
        } catch (SourceException e) {
            throw ExportFailures.plain(target, e);
        }
        try {
            return new ExportResult(target, sealed[0], Files.size(target), Duration.between(started, clock.instant()));
        } catch (IOException e) {
            throw new SourceException("Cannot read the size of " + target + ": " + e.getMessage(), e);
        }
    }

    /** Removes the file being made for an export that failed before it began. */
    private static void discard(CompletableFuture<SnapshotWriter> creating, RuntimeException failure) {
        try {
            joined(creating).close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Hashes, on threads of their own, the tables complete once the small tables are committed. */
    private static CompletableFuture<Map<String, SnapshotManifest.Table>> hashWrittenEarly(SnapshotWriter w,
                                                                                         Cancellation cancel) {
        List<String> early = EvidenceSchema.TABLES.stream()
                .filter(t -> SignalLayout.signalOf(t).isEmpty() && !WRITTEN_LAST.contains(t)).toList();
        DuckDBConnection reader = w.openReader();
        return CompletableFuture.supplyAsync(() -> {
            try (reader) {
                return TableHashes.of(reader, early, cancel);
            } catch (SQLException e) {
                throw new SourceException("cannot hash the snapshot: " + e.getMessage(), e);
            }
        }, runnable -> Thread.ofPlatform().name("export-hash").daemon().start(runnable));
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Rows of one small table read ahead, written when the writer is free. */
    private record Pending<T>(String table, List<T> rows, BiConsumer<SnapshotWriter, T> add) {

        void copyTo(SnapshotWriter w, Run run) {
            run.copy(table, rows, r -> add.accept(w, r));
        }
    }

    /** An export copies whole tables, which only the SQL engines (every source the app opens) can stream. */
    private static SqlIncidentSource streaming(IncidentSource source) {
        if (source instanceof SqlIncidentSource sql) {
            return sql;
        }
        throw new SourceException(source.info().location() + " cannot be exported: only snapshots and PostgreSQL sources can.");
    }

    /** Hashes the complete file's tables but those {@code hashed} already, and stores the manifest in it. */
    private static SnapshotManifest seal(Connection c, Map<String, SnapshotManifest.Table> hashed, SourceInfo from,
                                         Incident incident, ExportScope scope, Cancellation cancel) throws SQLException {
        Map<String, SnapshotManifest.Table> rest = TableHashes.of(c.unwrap(DuckDBConnection.class),
                EvidenceSchema.TABLES.stream().filter(t -> !hashed.containsKey(t)).toList(), cancel);
        Map<String, SnapshotManifest.Table> tables = new LinkedHashMap<>();
        EvidenceSchema.TABLES.forEach(t -> tables.put(t, hashed.containsKey(t) ? hashed.get(t) : rest.get(t)));
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + SnapshotTables.MANIFEST_TABLE + " (manifest JSON NOT NULL)");
        }
        SnapshotManifest manifest = new SnapshotManifest(EvidenceSchema.CURRENT_VERSION, from.kind(), from.location(),
                incident.id().toString(), SnapshotManifest.Window.of(scope.window()),
                SnapshotManifest.Window.of(scope.baseline()), List.copyOf(scope.sortedServices()), tables);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + SnapshotTables.MANIFEST_TABLE + " VALUES (?)")) {
            ps.setString(1, manifest.toJson());
            ps.executeUpdate();
        }
        return manifest;
    }

    /**
     * One export's reads, counting rows per table for progress (the small tables come in several
     * batches). The signal copies report from their own threads, so reports are taken one at a time.
     */
    private static final class Run implements SignalCopies.TableProgress {

        private final SqlIncidentSource source;
        private final ExportScope scope;
        private final ExportProgress progress;
        private final Cancellation cancel;
        private final Map<String, Long> rows = new LinkedHashMap<>();
        private int step;

        Run(SqlIncidentSource source, ExportScope scope, ExportProgress progress, Cancellation cancel) {
            this.source = source;
            this.scope = scope;
            this.progress = progress;
            this.cancel = cancel;
        }

        private <T> void copy(String table, List<T> batch, Consumer<T> add) {
            cancel.throwIfCancelled();
            batch.forEach(add);
            synchronized (this) {
                progress.progress(table, rows.merge(table, (long) batch.size(), Long::sum), (double) step / STEPS);
            }
        }

        @Override
        public synchronized void rows(String table, long copied) {
            progress.progress(table, copied, (double) step / STEPS);
        }

        @Override
        public synchronized void done(String table, long copied) {
            rows(table, copied);
            done();
        }

        private synchronized void done() {
            step++;
        }

        /** Writes the small tables read ahead. */
        void write(SnapshotWriter w, List<Pending<?>> pending) {
            pending.forEach(p -> p.copyTo(w, this));
            done();
        }

        /** Reads, without writing, the incident's own records, the services kept and their edges, and the changes. */
        List<Pending<?>> smallTables(Incident incident, List<TopologyEdge> edges) {
            UUID id = incident.id();
            List<Pending<?>> out = new ArrayList<>();
            out.add(new Pending<>("incidents", List.of(incident), SnapshotWriter::addIncident));
            out.add(new Pending<>("incident_decisions", source.decisions(id, cancel), SnapshotWriter::addDecision));
            out.add(new Pending<>("incident_hypotheses", source.hypotheses(id, cancel), SnapshotWriter::addHypothesis));
            out.add(new Pending<>("evidence_artifacts", source.evidence(id, cancel), SnapshotWriter::addEvidence));
            out.add(new Pending<>("incident_reports", source.reports(id, cancel), SnapshotWriter::addReport));
            out.add(new Pending<>("feedback_events", source.feedback(id, cancel), SnapshotWriter::addFeedback));
            List<Service> kept = source.services(cancel).stream().filter(s -> scope.keeps(s.name())).toList();
            Set<UUID> serviceIds = new LinkedHashSet<>();
            kept.forEach(s -> serviceIds.add(s.id()));
            out.add(new Pending<>("services", kept, SnapshotWriter::addService));
            out.add(new Pending<>("topology_edges", edges.stream()
                    .filter(e -> scope.keeps(e.source()) && scope.keeps(e.target())).toList(), SnapshotWriter::addEdge));
            changes(serviceIds, out);
            return out;
        }

        private void changes(Set<UUID> serviceIds, List<Pending<?>> out) {
            Set<String> shas = new LinkedHashSet<>();
            for (TimeRange range : scope.ranges()) {
                List<DeploymentEvent> deployments = source.deployments(range, cancel).stream()
                        .filter(d -> serviceIds.contains(d.serviceId())).toList();
                out.add(new Pending<>("deployment_events", deployments, SnapshotWriter::addDeployment));
                for (DeploymentEvent d : deployments) {
                    Optional<DeploymentCommitRange> commits = source.commitRange(d.id(), cancel);
                    out.add(new Pending<>("deployment_commit_ranges", commits.stream().toList(), SnapshotWriter::addCommitRange));
                    commits.ifPresent(r -> shas.addAll(r.commitShas()));
                }
                // A config change without a service is cluster-wide: it concerns every service kept.
                out.add(new Pending<>("config_change_events", source.configChanges(range, cancel).stream()
                        .filter(c -> c.serviceId() == null || serviceIds.contains(c.serviceId())).toList(),
                        SnapshotWriter::addConfigChange));
            }
            out.add(new Pending<>("commits", source.commits(shas, cancel), SnapshotWriter::addCommit));
            for (String sha : shas) {
                out.add(new Pending<>("commit_files", source.commitFiles(sha, cancel), SnapshotWriter::addCommitFile));
            }
        }

        void knowledge(SnapshotWriter w) {
            List<KbDocument> documents = source.knowledgeDocuments(cancel);
            copy("kb_documents", documents, w::addKbDocument);
            long[] embeddings = {0};
            source.exportEmbeddings(e -> {
                w.addKbEmbedding(e);
                embeddings[0]++;
            }, cancel);
            rows("kb_embeddings", embeddings[0]);
            done();
        }
    }
}
