package org.incidentworkbench.storage.duckdb;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.incidentworkbench.analysis.changes.Commit;
import org.incidentworkbench.analysis.changes.CommitFile;
import org.incidentworkbench.analysis.changes.ConfigChangeEvent;
import org.incidentworkbench.analysis.changes.DeploymentCommitRange;
import org.incidentworkbench.analysis.changes.DeploymentEvent;
import org.incidentworkbench.analysis.incidents.EvidenceArtifact;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.incidents.Hypothesis;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.incidents.IncidentDecision;
import org.incidentworkbench.analysis.incidents.IncidentReport;
import org.incidentworkbench.analysis.knowledge.KbDocument;
import org.incidentworkbench.analysis.knowledge.KbEmbedding;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.LogTemplate;
import org.incidentworkbench.analysis.metrics.MetricDescriptor;
import org.incidentworkbench.analysis.metrics.MetricPoint;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.analysis.topology.Service;
import org.incidentworkbench.analysis.topology.TopologyEdge;
import org.incidentworkbench.analysis.traces.Span;
import org.incidentworkbench.storage.json.Json;
import org.incidentworkbench.storage.schema.EvidenceSchema;
import org.incidentworkbench.storage.schema.Relation;
import org.incidentworkbench.storage.schema.SignalLayout;

/**
 * Writes a snapshot file through DuckDB's Appender, and an export's signal rows with one INSERT per
 * table from a table function that pulls them (never row-by-row INSERTs). Rows may come in
 * any order: signal tables not written in their stored order (by service, metric or severity,
 * time; {@link SignalLayout}) are rewritten sorted on {@link #finish}, so reads of one series touch
 * only its row groups. Each signal table has a writer of its own ({@link #signalTable}), which
 * another thread may fill while this one writes the rest. The file is built under a temporary name
 * beside the target ({@link PartialFile}) and renamed into place only when complete, so a crash
 * leaves no half-written snapshot under the final name. There is no way to add log templates:
 * {@link #finish} mines them from the log records written ({@link SnapshotTemplates}), so they
 * always describe the records the snapshot holds.
 */
public final class SnapshotWriter implements AutoCloseable {

    /**
     * Rows per row group. A table's full row groups are compressed and written to the file while
     * its rows are inserted, each table on its own thread, where DuckDB's default (122,880, more
     * than most exports' tables hold) left all of it to the final checkpoint on one thread. Smaller
     * groups also let a read of one series skip more of its table.
     */
    static final int ROW_GROUP_ROWS = 16_384;
    /**
     * The file is attached to an in-memory database under this name, as attaching is how DuckDB
     * takes a row group size and leaves out the write-ahead log: a file that is renamed into place
     * only once complete and checkpointed needs none.
     */
    private static final String CATALOG = "snapshot";

    private final Path target;
    private final Path partial;
    private final String origin;
    private final DuckDBConnection connection;
    private final Map<String, DuckDBAppender> appenders = new LinkedHashMap<>();
    private final Map<Relation, SignalTableWriter> signals = new LinkedHashMap<>();
    /** Mines templates beside the copy while log records come oldest first; see {@link #finish}. */
    private final StreamedTemplates streamed = new StreamedTemplates();
    private boolean finished;
    /** Whether the file is in place under the target name, so closing must leave it. */
    private boolean moved;

    private SnapshotWriter(Path target, Path partial, String origin, DuckDBConnection connection) throws SQLException {
        this.target = target;
        this.partial = partial;
        this.origin = origin;
        this.connection = connection;
        try {
            for (Relation signal : SignalLayout.signals()) {
                signals.put(signal, SignalTableWriter.open(SameDatabase.duplicate(connection), signal, target.toString(),
                        signal == Relation.LOG_RECORDS ? streamed : null));
            }
        } catch (SQLException e) {
            signals.values().forEach(SignalTableWriter::abandon);
            throw e;
        }
    }

    /**
     * Starts a new snapshot that will be at {@code target} once {@link #finish()}ed; an existing
     * file there is replaced only then. {@code origin} says where the data comes from (no credentials).
     */
    public static SnapshotWriter create(Path target, String origin) {
        Path partial = PartialFile.prepare(target);
        try {
            // Streamed results, so mining the log records on finish holds one chunk of them at a time.
            Properties streamed = new Properties();
            streamed.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
            DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", streamed);
            try {
                try (Statement st = c.createStatement()) {
                    // Each statement runs on the thread that issues it: a signal table's INSERT waits
                    // on its source inside DuckDB (PulledRows), and a waiting statement's other
                    // threads would spin meanwhile. The copies run in parallel on connections of their own.
                    st.execute("SET threads = 1");
                    // FSST, DuckDB's compression of free text, builds a symbol table for every row group
                    // of log bodies and trace ids: about a tenth of an export's time, for a file at most
                    // a tenth smaller (the other methods, such as dictionaries, still apply).
                    st.execute("SET disabled_compression_methods = 'fsst'");
                    st.execute("ATTACH '" + partial.toAbsolutePath().toString().replace("'", "''") + "' AS " + CATALOG
                            + " (ROW_GROUP_SIZE " + ROW_GROUP_ROWS + ", RECOVERY_MODE no_wal_writes)");
                }
                c.setCatalog(CATALOG);
                // One transaction for the schema, and then one for the rest of this writer's tables.
                c.setAutoCommit(false);
                try (Statement st = c.createStatement()) {
                    for (String sql : EvidenceSchema.statements(EvidenceSchema.Engine.DUCKDB)) {
                        st.execute(sql);
                    }
                }
                c.commit();
                return new SnapshotWriter(target, partial, origin, c);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            deleteQuietly(partial, e);
            if (PartialFile.refused(target, e)) {
                throw PartialFile.readOnly(target, target.toAbsolutePath().getParent(), e);
            }
            throw new SourceException("cannot create snapshot " + target + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path partial, Exception failure) {
        try {
            PartialFile.delete(partial);
        } catch (IOException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    private DuckDBAppender appender(String table) throws SQLException {
        DuckDBAppender a = appenders.get(table);
        if (a == null) {
            a = connection.createAppender("main", table);
            appenders.put(table, a);
        }
        return a;
    }

    /**
     * The writer of {@code signal}'s table, which one other thread at a time may use while this
     * writer takes the other tables; everything appended to it is in the snapshot once {@link #finish}ed.
     */
    public SignalTableWriter signalTable(Relation signal) {
        SignalTableWriter w = signals.get(signal);
        if (w == null) {
            throw new IllegalArgumentException("not a signal relation: " + signal);
        }
        return w;
    }

    /**
     * Commits what was added so far to the tables this writer takes itself (all but the signal
     * tables), so another connection ({@link #openReader}) can read them while the rest is written;
     * more may be added after.
     */
    public void commit() {
        try {
            closeAppenders();
            connection.commit();
        } catch (SQLException e) {
            throw new SourceException("cannot write snapshot " + target + ": " + e.getMessage(), e);
        }
    }

    /** A connection of its own to the file being written, which sees what was committed; the caller closes it. */
    public DuckDBConnection openReader() {
        try {
            return SameDatabase.duplicate(connection);
        } catch (SQLException e) {
            throw new SourceException("cannot read snapshot " + target + ": " + e.getMessage(), e);
        }
    }

    private void closeAppenders() throws SQLException {
        for (DuckDBAppender a : appenders.values()) {
            a.close();
        }
        appenders.clear();
    }

    private void write(String table, RowFiller filler) {
        if (finished) {
            throw new IllegalStateException("snapshot already finished");
        }
        try {
            DuckDBAppender row = appender(table).beginRow();
            filler.fill(row);
            row.endRow();
        } catch (SQLException e) {
            throw new SourceException("cannot write snapshot " + target + ": " + e.getMessage(), e);
        }
    }

    public void addService(Service s) {
        write("services", a -> {
            a.append(s.id()).append(s.cluster()).append(s.namespace()).append(s.name()).append(s.kind().code())
                    .append(s.team());
            time(a, s.createdAt());
        });
    }

    public void addEdge(TopologyEdge e) {
        write("topology_edges", a -> a.append(e.source()).append(e.target()).append(e.relation()).append(e.origin()));
    }

    public void addIncident(Incident i) {
        write("incidents", a -> {
            a.append(i.id()).append(i.serviceId()).append(i.title()).append(i.status()).append(i.triggerType())
                    .append(i.severity());
            time(a, i.windowStart());
            time(a, i.windowEnd());
            time(a, i.createdAt());
            time(a, i.updatedAt());
            time(a, i.resolvedAt());
            a.append(i.resolutionKind()).append(i.resolutionSummary());
            uuid(a, i.resolvedHypothesisId());
        });
    }

    public void addDecision(IncidentDecision d) {
        write("incident_decisions", a -> {
            a.append(d.id()).append(d.incidentId());
            time(a, d.decidedAt());
            a.append(d.decision()).append(d.rationale()).append(d.policyVersion())
                    .append(Json.canonical(d.detailsJson()));
        });
    }

    public void addDeployment(DeploymentEvent d) {
        write("deployment_events", a -> {
            a.append(d.id()).append(d.serviceId());
            time(a, d.startedAt());
            time(a, d.finishedAt());
            a.append(d.deployType()).append(d.imageRef()).append(d.revision()).append(Json.canonical(d.metadataJson()));
        });
    }

    public void addConfigChange(ConfigChangeEvent c) {
        write("config_change_events", a -> {
            a.append(c.id());
            uuid(a, c.serviceId());
            time(a, c.detectedAt());
            a.append(c.source()).append(c.changeKind()).append(c.resourceName())
                    .append(Json.canonical(c.diffPayloadJson())).append(c.actor()).append(c.auditLogRef());
        });
    }

    public void addCommit(Commit c) {
        write("commits", a -> {
            a.append(c.sha()).append(c.repo()).append(c.author()).append(c.message()).append(c.summary());
            time(a, c.authoredAt());
        });
    }

    public void addCommitFile(CommitFile f) {
        write("commit_files", a -> a.append(f.id()).append(f.commitSha()).append(f.path()).append(f.changeType())
                .append(f.diffText()).append(f.linesAdded()).append(f.linesRemoved()));
    }

    public void addCommitRange(DeploymentCommitRange r) {
        write("deployment_commit_ranges", a -> a.append(r.deploymentId()).append(r.previousRevision())
                .append(r.currentRevision()).append(r.rollback()).append(r.commitShas()));
    }

    public void addMetricDescriptor(MetricDescriptor d) {
        write("metric_descriptors", a -> a.append(d.name()).append(d.type()).append(d.unit()).append(d.description()));
    }

    public void addMetricPoint(MetricPoint p) {
        addMetricPoint(Micros.of(p.ts()), p.service(), p.metric(), p.value(), Json.fromMap(p.labels()));
    }

    /** The allocation-free form for generators that write millions of points. */
    public void addMetricPoint(long tsMicros, String service, String metric, double value, String labelsJson) {
        signalTable(Relation.METRIC_POINTS).addUnordered(a -> a.appendEpochMicros(tsMicros).append(service)
                .append(metric).append(value).append(labelsJson));
    }

    public void addLogRecord(LogRecord r) {
        streamed.add(r.id(), Micros.of(r.ts()), r.service(), r.severity().name(), r.body());
        signalTable(Relation.LOG_RECORDS).addUnordered(a -> a.append(r.id()).appendEpochMicros(Micros.of(r.ts()))
                .append(r.service()).append(r.severity().name()).append(r.body()).append(r.traceId())
                .append(r.spanId()).append(Json.fromMap(r.attributes())));
    }

    public void addSpan(Span s) {
        signalTable(Relation.SPANS).addUnordered(a -> a.append(s.traceId()).append(s.spanId()).append(s.parentSpanId()).append(s.service())
                .append(s.name()).append(s.kind()).appendEpochMicros(Micros.of(s.start()))
                .appendEpochMicros(Micros.of(s.end())).append(s.status()).append(Json.fromMap(s.attributes())));
    }

    public void addEvidence(EvidenceArtifact e) {
        write("evidence_artifacts", a -> {
            a.append(e.id()).append(e.incidentId()).append(e.kind()).append(e.source()).append(e.ref());
            time(a, e.createdAt());
            a.append(Json.canonical(e.metadataJson()));
        });
    }

    public void addHypothesis(Hypothesis h) {
        write("incident_hypotheses", a -> a.append(h.id()).append(h.incidentId()).append(h.rank()).append(h.type())
                .append(h.title()).append(BigDecimal.valueOf(h.confidence()).setScale(2, RoundingMode.HALF_UP))
                .append(h.evidenceIds()).append(Json.canonical(h.detailsJson())));
    }

    public void addReport(IncidentReport r) {
        write("incident_reports", a -> {
            a.append(r.id()).append(r.incidentId());
            time(a, r.createdAt());
            a.append(Json.canonical(r.modelInfoJson())).append(r.markdown()).append(r.evidenceIds());
        });
    }

    public void addFeedback(FeedbackEvent f) {
        write("feedback_events", a -> {
            a.append(f.id()).append(f.incidentId());
            time(a, f.createdAt());
            a.append(f.actorType()).append(f.actorId()).append(f.eventType()).append(Json.canonical(f.payloadJson()));
        });
    }

    public void addKbDocument(KbDocument d) {
        write("kb_documents", a -> {
            a.append(d.id()).append(d.kind()).append(d.title()).append(d.content()).append(d.serviceName())
                    .append(d.tags()).append(d.sourceUrl());
            time(a, d.createdAt());
            a.append(Json.canonical(d.metadataJson()));
        });
    }

    public void addKbEmbedding(KbEmbedding e) {
        write("kb_embeddings", a -> a.append(e.documentId()).append(e.chunk()).append(e.model()).append(e.chunkText())
                .append(e.vector()));
    }

    private static void time(DuckDBAppender a, Instant t) throws SQLException {
        if (t == null) {
            a.appendNull();
        } else {
            a.appendEpochMicros(Micros.of(t));
        }
    }

    private static void uuid(DuckDBAppender a, UUID id) throws SQLException {
        if (id == null) {
            a.appendNull();
        } else {
            a.append(id);
        }
    }

    /**
     * Writes the signal tables in their sorted order, mines the log templates from the log
     * records, stamps {@code schema_info}, checkpoints and moves the file into place.
     * {@code createdAt} is recorded as the snapshot's creation time.
     */
    public void finish(Instant createdAt) {
        finish(createdAt, c -> { });
    }

    /**
     * Seals the snapshot's content before it is renamed into place: called with the complete file
     * (signal tables sorted, templates mined, {@code schema_info} stamped) so that what it adds, a
     * manifest of content hashes, describes exactly the rows the snapshot ends up holding.
     */
    @FunctionalInterface
    public interface Seal {
        void seal(java.sql.Connection complete) throws SQLException;
    }

    /** As {@link #finish(Instant)}, letting {@code seal} add to the complete file before it is moved into place. */
    public void finish(Instant createdAt, Seal seal) {
        if (finished) {
            throw new IllegalStateException("snapshot already finished");
        }
        try {
            commit();
            List<Relation> unsorted = new ArrayList<>();
            for (Map.Entry<Relation, SignalTableWriter> signal : signals.entrySet()) {
                if (!signal.getValue().commit()) {
                    unsorted.add(signal.getKey());
                }
            }
            // This transaction starts after the signal tables' commits, so it sees their rows.
            try (Statement st = connection.createStatement()) {
                for (Relation signal : unsorted) {
                    SignalTableWriter.sort(st, signal);
                }
                List<LogTemplate> templates = streamed.templates().orElse(null);
                SnapshotTemplates.write(connection, templates != null ? templates : SnapshotTemplates.mine(connection));
                try (var ps = connection.prepareStatement(
                        "INSERT INTO schema_info VALUES (?, ?, make_timestamptz(?), ?)")) {
                    ps.setInt(1, EvidenceSchema.CURRENT_VERSION);
                    ps.setString(2, EvidenceSchema.writer());
                    ps.setLong(3, Micros.of(createdAt));
                    ps.setString(4, origin);
                    ps.executeUpdate();
                }
                connection.commit();
                connection.setAutoCommit(true);
                seal.seal(connection);
                st.execute("CHECKPOINT " + CATALOG);
            }
            finished = true;
            connection.close();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } catch (SQLException | IOException | RuntimeException e) {
            finished = true;
            signals.values().forEach(SignalTableWriter::abandon);
            deleteQuietly(partial, e);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new SourceException("cannot finish snapshot " + target + ": " + e.getMessage(), e);
        }
    }

    /** Abandons an unfinished snapshot: nothing is left under the target name or beside it. */
    @Override
    public void close() {
        streamed.close();
        if (moved) {
            return;
        }
        finished = true;
        signals.values().forEach(SignalTableWriter::abandon);
        try {
            closeAppenders();
            connection.close();
        } catch (SQLException ignored) {
            // the file is deleted next; nothing of it is kept
        }
        try {
            PartialFile.delete(partial);
        } catch (IOException e) {
            throw new SourceException("cannot remove unfinished snapshot " + partial + ": " + e.getMessage(), e);
        }
    }
}
