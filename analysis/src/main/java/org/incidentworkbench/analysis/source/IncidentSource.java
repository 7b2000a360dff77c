package org.incidentworkbench.analysis.source;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.topology.Service;
import org.incidentworkbench.analysis.topology.TopologyEdge;
import org.incidentworkbench.analysis.traces.Span;
import org.incidentworkbench.analysis.traces.TraceQuery;
import org.incidentworkbench.analysis.traces.TraceSummary;

/**
 * Everything an incident workspace reads, from a snapshot file or a live database. Implementations
 * are thread-safe. Every read takes a {@link Cancellation}: cancelling it stops the read in the
 * engine (not only in the client) and the read throws {@link ReadCancelledException}. Failures the
 * user can act on throw {@link SourceException} with a plain message.
 */
public interface IncidentSource extends AutoCloseable {

    SourceInfo info();

    // --- incidents and what hangs off them ---------------------------------------------------

    /** All incidents, most recent window first. */
    List<Incident> incidents(Cancellation cancel);

    Optional<Incident> incident(UUID incidentId, Cancellation cancel);

    List<IncidentDecision> decisions(UUID incidentId, Cancellation cancel);

    /** Hypotheses of an incident, best rank first. */
    List<Hypothesis> hypotheses(UUID incidentId, Cancellation cancel);

    List<EvidenceArtifact> evidence(UUID incidentId, Cancellation cancel);

    List<IncidentReport> reports(UUID incidentId, Cancellation cancel);

    /** Feedback events of an incident, oldest first. */
    List<FeedbackEvent> feedback(UUID incidentId, Cancellation cancel);

    // --- services and topology ----------------------------------------------------------------

    List<Service> services(Cancellation cancel);

    List<TopologyEdge> topology(Cancellation cancel);

    // --- metrics -------------------------------------------------------------------------------

    List<MetricDescriptor> metricDescriptors(Cancellation cancel);

    /** Which service reports which metric, ordered by service then metric. */
    List<ServiceMetric> serviceMetrics(Cancellation cancel);

    /**
     * The series of {@code metric} with points in {@code range}, one per service and label set, ordered by
     * service: which label values (pools, topics) to ask {@link #series} for.
     */
    List<LabelledSeries> labelledSeries(String metric, TimeRange range, Cancellation cancel);

    MetricSeries series(SeriesQuery query, Cancellation cancel);

    Histogram histogram(HistogramQuery query, Cancellation cancel);

    // --- logs ----------------------------------------------------------------------------------

    /**
     * Up to {@code limit} records matching {@code query}, in its order, starting strictly after
     * {@code after} (null: from the start).
     */
    LogPage logs(LogQuery query, LogCursor after, int limit, Cancellation cancel);

    /** The record with {@code logId} and up to {@code n} records before and after it from the same service. */
    Optional<LogContext> logContext(long logId, int n, Cancellation cancel);

    /** Record counts per bucket and severity for the records matching {@code query}, in time order. */
    List<VolumeBucket> logVolume(LogQuery query, Duration bucket, Cancellation cancel);

    /** Templates mined when the source was written, most frequent first (empty when none were stored). */
    List<LogTemplate> logTemplates(Cancellation cancel);

    // --- traces --------------------------------------------------------------------------------

    List<TraceSummary> traces(TraceQuery query, Cancellation cancel);

    /** Every span of one trace, by start time. */
    List<Span> trace(String traceId, Cancellation cancel);

    // --- changes -------------------------------------------------------------------------------

    /** Deployments that started in {@code range}, oldest first. */
    List<DeploymentEvent> deployments(TimeRange range, Cancellation cancel);

    /** Config changes detected in {@code range}, oldest first. */
    List<ConfigChangeEvent> configChanges(TimeRange range, Cancellation cancel);

    Optional<DeploymentCommitRange> commitRange(UUID deploymentId, Cancellation cancel);

    /** The commits with the given SHAs that the source holds, newest first. */
    List<Commit> commits(Collection<String> shas, Cancellation cancel);

    List<CommitFile> commitFiles(String sha, Cancellation cancel);

    // --- knowledge -----------------------------------------------------------------------------

    List<KbDocument> knowledgeDocuments(Cancellation cancel);

    /** The {@code k} chunks nearest to {@code vector} among those embedded by {@code model}, nearest first. */
    List<KbMatch> nearestDocuments(float[] vector, String model, int k, Cancellation cancel);

    /** Releases the connection; reads after this fail. */
    @Override
    void close();
}
