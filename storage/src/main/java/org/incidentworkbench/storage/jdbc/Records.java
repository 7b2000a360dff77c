package org.incidentworkbench.storage.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.topology.Service;
import org.incidentworkbench.analysis.topology.ServiceKind;
import org.incidentworkbench.analysis.topology.TopologyEdge;
import org.incidentworkbench.analysis.traces.Span;

/**
 * The domain record of the current row, one {@link Rows.Mapper} per record. Each engine's query
 * selects the columns named here (timestamps as epoch microseconds under a {@code _us} name), so
 * both engines build their records with the same code and cannot drift apart.
 */
public final class Records {

    private Records() {
    }

    /** log_id, ts_us, service, severity, body, trace_id, span_id, attributes. */
    public static LogRecord logRecord(ResultSet rs) throws SQLException {
        return new LogRecord(rs.getLong("log_id"), Rows.instant(rs, "ts_us"), rs.getString("service"),
                Severity.parse(rs.getString("severity")), rs.getString("body"), rs.getString("trace_id"),
                rs.getString("span_id"), Rows.stringMap(rs, "attributes"));
    }

    public static LogTemplate logTemplate(ResultSet rs) throws SQLException {
        return new LogTemplate(rs.getString("template_id"), rs.getString("service"),
                Severity.parse(rs.getString("severity")), rs.getString("template"), rs.getString("example"),
                rs.getLong("count"), rs.getDouble("percentage"), Rows.instant(rs, "first_us"), Rows.instant(rs, "last_us"));
    }

    public static Service service(ResultSet rs) throws SQLException {
        return new Service(Rows.uuid(rs, "service_id"), rs.getString("cluster_id"), rs.getString("namespace"),
                rs.getString("service_name"), ServiceKind.fromCode(rs.getString("kind")), rs.getString("team"),
                Rows.instant(rs, "created_us"));
    }

    public static TopologyEdge edge(ResultSet rs) throws SQLException {
        return new TopologyEdge(rs.getString("src"), rs.getString("dst"), rs.getString("relation"), rs.getString("source"));
    }

    public static DeploymentEvent deployment(ResultSet rs) throws SQLException {
        return new DeploymentEvent(Rows.uuid(rs, "deployment_event_id"), Rows.uuid(rs, "service_id"),
                rs.getString("service_name"), Rows.instant(rs, "started_us"), Rows.instant(rs, "finished_us"),
                rs.getString("deploy_type"), rs.getString("image_ref"), rs.getString("revision"), rs.getString("metadata"));
    }

    public static ConfigChangeEvent configChange(ResultSet rs) throws SQLException {
        return new ConfigChangeEvent(Rows.uuid(rs, "config_change_id"), Rows.uuid(rs, "service_id"),
                rs.getString("service_name"), Rows.instant(rs, "detected_us"), rs.getString("source"),
                rs.getString("change_kind"), rs.getString("resource_name"), rs.getString("diff_payload"),
                rs.getString("actor"), rs.getString("audit_log_ref"));
    }

    public static DeploymentCommitRange commitRange(ResultSet rs) throws SQLException {
        return new DeploymentCommitRange(Rows.uuid(rs, "deployment_event_id"), rs.getString("previous_revision"),
                rs.getString("current_revision"), rs.getBoolean("is_rollback"), Rows.strings(rs, "commit_shas"));
    }

    public static Commit commit(ResultSet rs) throws SQLException {
        return new Commit(rs.getString("commit_sha"), rs.getString("repo"), rs.getString("author"),
                rs.getString("message"), rs.getString("summary"), Rows.instant(rs, "authored_us"));
    }

    public static CommitFile commitFile(ResultSet rs) throws SQLException {
        return new CommitFile(Rows.uuid(rs, "id"), rs.getString("commit_sha"), rs.getString("file_path"),
                rs.getString("change_type"), rs.getString("diff_text"), rs.getInt("lines_added"), rs.getInt("lines_removed"));
    }

    public static Incident incident(ResultSet rs) throws SQLException {
        return new Incident(Rows.uuid(rs, "incident_id"), Rows.uuid(rs, "service_id"), rs.getString("service_name"),
                rs.getString("title"), rs.getString("status"), rs.getString("trigger_type"), rs.getInt("severity"),
                Rows.instant(rs, "window_start_us"), Rows.instant(rs, "window_end_us"), Rows.instant(rs, "created_us"),
                Rows.instant(rs, "updated_us"), Rows.instant(rs, "resolved_us"), rs.getString("resolution_kind"),
                rs.getString("resolution_summary"), Rows.uuid(rs, "resolved_hypothesis_id"));
    }

    public static IncidentDecision decision(ResultSet rs) throws SQLException {
        return new IncidentDecision(Rows.uuid(rs, "decision_id"), Rows.uuid(rs, "incident_id"),
                Rows.instant(rs, "decided_us"), rs.getString("decision"), rs.getString("rationale"),
                rs.getString("policy_version"), rs.getString("details"));
    }

    public static Hypothesis hypothesis(ResultSet rs) throws SQLException {
        return new Hypothesis(Rows.uuid(rs, "hypothesis_id"), Rows.uuid(rs, "incident_id"), rs.getInt("rank"),
                rs.getString("hypothesis_type"), rs.getString("title"), rs.getDouble("confidence"),
                Rows.uuids(rs, "evidence_ids"), rs.getString("details"));
    }

    public static EvidenceArtifact evidence(ResultSet rs) throws SQLException {
        return new EvidenceArtifact(Rows.uuid(rs, "evidence_id"), Rows.uuid(rs, "incident_id"), rs.getString("kind"),
                rs.getString("source"), rs.getString("ref"), Rows.instant(rs, "created_us"), rs.getString("metadata"));
    }

    public static IncidentReport report(ResultSet rs) throws SQLException {
        return new IncidentReport(Rows.uuid(rs, "report_id"), Rows.uuid(rs, "incident_id"),
                Rows.instant(rs, "created_us"), rs.getString("model_info"), rs.getString("report_markdown"),
                Rows.uuids(rs, "evidence_ids"));
    }

    public static FeedbackEvent feedback(ResultSet rs) throws SQLException {
        return new FeedbackEvent(Rows.uuid(rs, "feedback_event_id"), Rows.uuid(rs, "incident_id"),
                Rows.instant(rs, "created_us"), rs.getString("actor_type"), rs.getString("actor_id"),
                rs.getString("event_type"), rs.getString("payload"));
    }

    public static Span span(ResultSet rs) throws SQLException {
        return new Span(rs.getString("trace_id"), rs.getString("span_id"), rs.getString("parent_span_id"),
                rs.getString("service"), rs.getString("name"), rs.getString("kind"), Rows.instant(rs, "start_us"),
                Rows.instant(rs, "end_us"), rs.getString("status"), Rows.stringMap(rs, "attributes"));
    }

    /** doc_id, kind, title, content, service_name, tags, source_url, created_us, metadata. */
    public static KbDocument kbDocument(ResultSet rs) throws SQLException {
        return new KbDocument(Rows.uuid(rs, "doc_id"), rs.getString("kind"), rs.getString("title"),
                rs.getString("content"), rs.getString("service_name"), Rows.strings(rs, "tags"),
                rs.getString("source_url"), Rows.instant(rs, "created_us"), rs.getString("metadata"));
    }

    /** doc_id, chunk, model, chunk_text, vector. */
    public static KbEmbedding kbEmbedding(ResultSet rs) throws SQLException {
        return new KbEmbedding(Rows.uuid(rs, "doc_id"), rs.getInt("chunk"), rs.getString("model"),
                rs.getString("chunk_text"), Rows.floats(rs, "vector"));
    }
}
