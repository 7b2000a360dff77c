package org.incidentworkbench.storage.jdbc;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
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
import org.incidentworkbench.analysis.knowledge.KbMatch;
import org.incidentworkbench.analysis.logs.LogContext;
import org.incidentworkbench.analysis.logs.LogCursor;
import org.incidentworkbench.analysis.logs.LogPage;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.LogTemplate;
import org.incidentworkbench.analysis.logs.VolumeBucket;
import org.incidentworkbench.analysis.metrics.Histogram;
import org.incidentworkbench.analysis.metrics.HistogramQuery;
import org.incidentworkbench.analysis.metrics.LabelledSeries;
import org.incidentworkbench.analysis.metrics.MetricDescriptor;
import org.incidentworkbench.analysis.metrics.MetricSeries;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.metrics.ServiceMetric;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.topology.Service;
import org.incidentworkbench.analysis.topology.TopologyEdge;
import org.incidentworkbench.analysis.traces.Span;
import org.incidentworkbench.analysis.traces.TraceQuery;
import org.incidentworkbench.analysis.traces.TraceSummary;
import org.incidentworkbench.storage.schema.Relation;

/**
 * The reads of an {@link IncidentSource}, shared by the SQL engines: each read is one statement
 * built by a feature's read class in the engine's {@link SqlDialect}, over the canonical relations
 * its {@link Relations} supply, and run by its {@link Reader}.
 * An engine adds what differs: opening, {@code info} and {@code close}.
 */
public abstract class SqlIncidentSource implements IncidentSource {

    private final IncidentReads incidents;
    private final ServiceReads services;
    private final MetricReads metrics;
    private final LogReads logs;
    private final TraceReads traces;
    private final ChangeReads changes;
    private final KnowledgeReads knowledge;
    private final WindowedSignalReads windowed;

    /** Reads {@code relations}, whose {@code indexes} are known, through {@code db}, spelled in {@code dialect}. */
    protected SqlIncidentSource(Reader db, SqlDialect dialect, Relations relations, SignalIndexes indexes) {
        this.incidents = new IncidentReads(db, dialect, relations);
        this.services = new ServiceReads(db, dialect, relations);
        this.metrics = new MetricReads(db, dialect, relations);
        this.logs = new LogReads(db, dialect, relations);
        this.traces = new TraceReads(db, dialect, relations);
        this.changes = new ChangeReads(db, dialect, relations);
        this.knowledge = new KnowledgeReads(db, dialect, relations);
        this.windowed = new WindowedSignalReads(db, dialect, relations, indexes);
    }

    @Override
    public List<Incident> incidents(Cancellation cancel) {
        return incidents.incidents(cancel);
    }

    @Override
    public Optional<Incident> incident(UUID incidentId, Cancellation cancel) {
        return incidents.incident(incidentId, cancel);
    }

    @Override
    public List<IncidentDecision> decisions(UUID incidentId, Cancellation cancel) {
        return incidents.decisions(incidentId, cancel);
    }

    @Override
    public List<Hypothesis> hypotheses(UUID incidentId, Cancellation cancel) {
        return incidents.hypotheses(incidentId, cancel);
    }

    @Override
    public List<EvidenceArtifact> evidence(UUID incidentId, Cancellation cancel) {
        return incidents.evidence(incidentId, cancel);
    }

    @Override
    public List<IncidentReport> reports(UUID incidentId, Cancellation cancel) {
        return incidents.reports(incidentId, cancel);
    }

    @Override
    public List<FeedbackEvent> feedback(UUID incidentId, Cancellation cancel) {
        return incidents.feedback(incidentId, cancel);
    }

    @Override
    public List<Service> services(Cancellation cancel) {
        return services.services(cancel);
    }

    @Override
    public List<TopologyEdge> topology(Cancellation cancel) {
        return services.topology(cancel);
    }

    @Override
    public List<MetricDescriptor> metricDescriptors(Cancellation cancel) {
        return metrics.descriptors(cancel);
    }

    @Override
    public List<ServiceMetric> serviceMetrics(Cancellation cancel) {
        return metrics.serviceMetrics(cancel);
    }

    @Override
    public List<LabelledSeries> labelledSeries(String metric, TimeRange range, Cancellation cancel) {
        return metrics.labelledSeries(metric, range, cancel);
    }

    @Override
    public MetricSeries series(SeriesQuery query, Cancellation cancel) {
        return metrics.series(query, cancel);
    }

    @Override
    public Histogram histogram(HistogramQuery query, Cancellation cancel) {
        return metrics.histogram(query, cancel);
    }

    /**
     * For an export, which copies whole tables and so bypasses the records the reads above build:
     * streams the rows of {@code signal} (metric points, log records, or spans of whole traces
     * rooted in a range) of {@code services} in any of {@code ranges} (ascending, disjoint), in one read, each row
     * as plain values in the canonical table's column order ({@link SignalValues}), JSON as the
     * source spells it, the rows in the snapshot's order ({@code SignalLayout}).
     */
    public void exportSignal(Relation signal, Set<String> services, List<TimeRange> ranges, Consumer<Object[]> rows,
                             Cancellation cancel) {
        switch (signal) {
            case METRIC_POINTS, LOG_RECORDS -> windowed.rows(signal, services, ranges, rows, cancel);
            case SPANS -> traces.exportSpans(services, ranges, rows, cancel);
            default -> throw new IllegalArgumentException("not a signal relation: " + signal);
        }
    }

    @Override
    public LogPage logs(LogQuery query, LogCursor after, int limit, Cancellation cancel) {
        return logs.page(query, after, limit, cancel);
    }

    @Override
    public Optional<LogContext> logContext(long logId, int n, Cancellation cancel) {
        return logs.context(logId, n, cancel);
    }

    @Override
    public List<VolumeBucket> logVolume(LogQuery query, Duration bucket, Cancellation cancel) {
        return logs.volume(query, bucket, cancel);
    }

    @Override
    public List<LogTemplate> logTemplates(Cancellation cancel) {
        return logs.templates(cancel);
    }

    @Override
    public List<TraceSummary> traces(TraceQuery query, Cancellation cancel) {
        return traces.summaries(query, cancel);
    }

    @Override
    public List<Span> trace(String traceId, Cancellation cancel) {
        return traces.trace(traceId, cancel);
    }

    @Override
    public List<DeploymentEvent> deployments(TimeRange range, Cancellation cancel) {
        return changes.deployments(range, cancel);
    }

    @Override
    public List<ConfigChangeEvent> configChanges(TimeRange range, Cancellation cancel) {
        return changes.configChanges(range, cancel);
    }

    @Override
    public Optional<DeploymentCommitRange> commitRange(UUID deploymentId, Cancellation cancel) {
        return changes.commitRange(deploymentId, cancel);
    }

    @Override
    public List<Commit> commits(Collection<String> shas, Cancellation cancel) {
        return changes.commits(shas, cancel);
    }

    @Override
    public List<CommitFile> commitFiles(String sha, Cancellation cancel) {
        return changes.commitFiles(sha, cancel);
    }

    @Override
    public List<KbDocument> knowledgeDocuments(Cancellation cancel) {
        return knowledge.documents(cancel);
    }

    /** For an export: every embedding of the knowledge base, streamed (a base of any size copies in constant memory). */
    public void exportEmbeddings(Consumer<KbEmbedding> sink, Cancellation cancel) {
        knowledge.exportEmbeddings(sink, cancel);
    }

    @Override
    public List<KbMatch> nearestDocuments(float[] vector, String model, int k, Cancellation cancel) {
        return knowledge.nearest(vector, model, k, cancel);
    }
}
