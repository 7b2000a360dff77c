package org.incidentworkbench.storage.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.incidentworkbench.analysis.changes.DeploymentCommitRange;
import org.incidentworkbench.analysis.changes.DeploymentEvent;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.knowledge.KbDocument;
import org.incidentworkbench.analysis.logs.LogCursor;
import org.incidentworkbench.analysis.logs.LogPage;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.analysis.source.SourceInfo;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.topology.Service;
import org.incidentworkbench.analysis.traces.TraceQuery;
import org.incidentworkbench.analysis.traces.TraceSummary;
import org.incidentworkbench.storage.duckdb.SnapshotTables;
import org.incidentworkbench.storage.duckdb.SnapshotWriter;
import org.incidentworkbench.storage.schema.EvidenceSchema;

/**
 * Copies one incident and what is needed to review it from any {@link IncidentSource} into a new
 * snapshot. Large tables are read page by page (log records by keyset pages, metric points an hour
 * of one service at a time, spans a trace at a time) and handed straight to the writer, so memory
 * does not grow with the data. The snapshot appears under its name only when complete, sealed with
 * its {@link SnapshotManifest}; a failure or a cancel leaves no file behind.
 */
public final class SnapshotExporter {

    static final int LOG_PAGE = 5_000;
    static final Duration METRIC_SLICE = Duration.ofHours(1);
    /** The steps progress is measured in: incident records, topology, changes, metrics, logs, traces, knowledge. */
    private static final int STEPS = 7;

    private final Clock clock;

    public SnapshotExporter(Clock clock) {
        this.clock = clock;
    }

    public ExportResult export(IncidentSource source, ExportRequest request, Path target, ExportProgress progress,
                               Cancellation cancel) {
        Instant started = clock.instant();
        Incident incident = source.incident(request.incidentId(), cancel).orElseThrow(() -> new SourceException(
                "There is no incident " + request.incidentId() + " in " + source.info().location() + "."));
        ExportScope scope = ExportScope.of(incident, request, source.topology(cancel));
        SourceInfo from = source.info();
        Run run = new Run(source, scope, progress, cancel);
        SnapshotManifest[] sealed = new SnapshotManifest[1];
        try (SnapshotWriter w = SnapshotWriter.create(target, from.kind() + " " + from.location())) {
            run.incident(w, incident);
            run.topology(w);
            run.changes(w);
            run.metrics(w);
            run.logs(w);
            run.traces(w);
            run.knowledge(w);
            cancel.throwIfCancelled();
            w.finish(clock.instant(), c -> sealed[0] = seal(c, from, incident, scope, cancel));
        }
        try {
            return new ExportResult(target, sealed[0], Files.size(target), Duration.between(started, clock.instant()));
        } catch (IOException e) {
            throw new SourceException("Cannot read the size of " + target + ": " + e.getMessage(), e);
        }
    }

    /** Hashes the complete file's tables and stores the manifest in it. */
    private static SnapshotManifest seal(Connection c, SourceInfo from, Incident incident, ExportScope scope,
                                         Cancellation cancel) throws SQLException {
        Map<String, SnapshotManifest.Table> tables = new LinkedHashMap<>();
        try (Statement st = c.createStatement()) {
            for (String table : EvidenceSchema.TABLES) {
                cancel.throwIfCancelled();
                TableDigest digest = new TableDigest(table);
                try (ResultSet rs = st.executeQuery(SnapshotTables.canonicalSelect(table))) {
                    while (rs.next()) {
                        digest.add(rs);
                    }
                }
                tables.put(table, new SnapshotManifest.Table(digest.rows(), digest.sha256()));
            }
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

    /** One export's reads, counting rows per table for progress. */
    private static final class Run {

        private final IncidentSource source;
        private final ExportScope scope;
        private final ExportProgress progress;
        private final Cancellation cancel;
        private final Map<String, Long> rows = new LinkedHashMap<>();
        private int step;

        Run(IncidentSource source, ExportScope scope, ExportProgress progress, Cancellation cancel) {
            this.source = source;
            this.scope = scope;
            this.progress = progress;
            this.cancel = cancel;
        }

        private <T> void copy(String table, List<T> batch, Consumer<T> add) {
            cancel.throwIfCancelled();
            batch.forEach(add);
            long n = rows.merge(table, (long) batch.size(), Long::sum);
            progress.progress(table, n, (double) step / STEPS);
        }

        private void done() {
            step++;
        }

        void incident(SnapshotWriter w, Incident incident) {
            UUID id = incident.id();
            copy("incidents", List.of(incident), w::addIncident);
            copy("incident_decisions", source.decisions(id, cancel), w::addDecision);
            copy("incident_hypotheses", source.hypotheses(id, cancel), w::addHypothesis);
            copy("evidence_artifacts", source.evidence(id, cancel), w::addEvidence);
            copy("incident_reports", source.reports(id, cancel), w::addReport);
            copy("feedback_events", source.feedback(id, cancel), w::addFeedback);
            done();
        }

        void topology(SnapshotWriter w) {
            copy("services", source.services(cancel).stream().filter(s -> scope.keeps(s.name())).toList(), w::addService);
            copy("topology_edges", source.topology(cancel).stream()
                    .filter(e -> scope.keeps(e.source()) && scope.keeps(e.target())).toList(), w::addEdge);
            Set<String> metrics = new LinkedHashSet<>();
            source.serviceMetrics(cancel).stream().filter(m -> scope.keeps(m.service())).forEach(m -> metrics.add(m.metric()));
            copy("metric_descriptors", source.metricDescriptors(cancel).stream()
                    .filter(d -> metrics.contains(d.name())).toList(), w::addMetricDescriptor);
            done();
        }

        void changes(SnapshotWriter w) {
            Set<UUID> serviceIds = new LinkedHashSet<>();
            source.services(cancel).stream().filter(s -> scope.keeps(s.name())).map(Service::id).forEach(serviceIds::add);
            Set<String> shas = new LinkedHashSet<>();
            for (TimeRange range : scope.ranges()) {
                List<DeploymentEvent> deployments = source.deployments(range, cancel).stream()
                        .filter(d -> serviceIds.contains(d.serviceId())).toList();
                copy("deployment_events", deployments, w::addDeployment);
                for (DeploymentEvent d : deployments) {
                    Optional<DeploymentCommitRange> commits = source.commitRange(d.id(), cancel);
                    copy("deployment_commit_ranges", commits.stream().toList(), w::addCommitRange);
                    commits.ifPresent(r -> shas.addAll(r.commitShas()));
                }
                // A config change without a service is cluster-wide: it concerns every service kept.
                copy("config_change_events", source.configChanges(range, cancel).stream()
                        .filter(c -> c.serviceId() == null || serviceIds.contains(c.serviceId())).toList(), w::addConfigChange);
            }
            copy("commits", source.commits(shas, cancel), w::addCommit);
            for (String sha : shas) {
                copy("commit_files", source.commitFiles(sha, cancel), w::addCommitFile);
            }
            done();
        }

        void metrics(SnapshotWriter w) {
            for (String service : scope.sortedServices()) {
                for (TimeRange range : scope.ranges()) {
                    for (Instant t = range.start(); t.isBefore(range.end()); t = t.plus(METRIC_SLICE)) {
                        Instant end = t.plus(METRIC_SLICE).isBefore(range.end()) ? t.plus(METRIC_SLICE) : range.end();
                        copy("metric_points", source.metricPoints(service, new TimeRange(t, end), cancel), w::addMetricPoint);
                    }
                }
            }
            done();
        }

        void logs(SnapshotWriter w) {
            for (TimeRange range : scope.ranges()) {
                LogQuery query = LogQuery.all(range).withServices(scope.services());
                LogCursor after = null;
                do {
                    LogPage page = source.logs(query, after, LOG_PAGE, cancel);
                    copy("log_records", page.records(), w::addLogRecord);
                    after = page.next().orElse(null);
                } while (after != null);
            }
            done();
        }

        /** Whole traces, every span of them, for the traces whose root starts in a window and that touch a kept service. */
        void traces(SnapshotWriter w) {
            for (TimeRange range : scope.ranges()) {
                for (TraceSummary t : source.traces(new TraceQuery(range, scope.services(), false, Duration.ZERO,
                        Integer.MAX_VALUE), cancel)) {
                    copy("spans", source.trace(t.traceId(), cancel), w::addSpan);
                }
            }
            done();
        }

        void knowledge(SnapshotWriter w) {
            List<KbDocument> documents = source.knowledgeDocuments(cancel);
            copy("kb_documents", documents, w::addKbDocument);
            for (KbDocument d : documents) {
                copy("kb_embeddings", source.knowledgeEmbeddings(d.id(), cancel), w::addKbEmbedding);
            }
            done();
        }
    }
}
