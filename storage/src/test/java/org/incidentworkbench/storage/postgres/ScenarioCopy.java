package org.incidentworkbench.storage.postgres;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.incidentworkbench.storage.duckdb.TestScenario;
import org.incidentworkbench.storage.json.Json;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes every table of a {@link TestScenario} into PostgreSQL with {@code COPY ... FROM STDIN}
 * (text format), the fast path {@code workbench sample --to} is to take, in one transaction: the
 * incidents' deferred foreign key to their hypotheses is checked at commit, when both are in.
 */
final class ScenarioCopy {

    private ScenarioCopy() {
    }

    static void load(Connection c, TestScenario s) throws SQLException, IOException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        c.setAutoCommit(false);
        copy(copy, "services (service_id, cluster_id, namespace, service_name, kind, team, created_at)", s.services,
                r -> row(r.id(), r.cluster(), r.namespace(), r.name(), r.kind().code(), r.team(), r.createdAt()));
        copy(copy, "topology_edges (src, dst, relation, source)", s.edges,
                r -> row(r.source(), r.target(), r.relation(), r.origin()));
        copy(copy, "incidents (incident_id, service_id, title, status, trigger_type, severity, window_start, window_end,"
                + " created_at, updated_at, resolved_at, resolution_kind, resolution_summary, resolved_hypothesis_id)", s.incidents,
                r -> row(r.id(), r.serviceId(), r.title(), r.status(), r.triggerType(), r.severity(), r.windowStart(),
                        r.windowEnd(), r.createdAt(), r.updatedAt(), r.resolvedAt(), r.resolutionKind(),
                        r.resolutionSummary(), r.resolvedHypothesisId()));
        copy(copy, "incident_decisions (decision_id, incident_id, decided_at, decision, rationale, policy_version, details)",
                s.decisions, r -> row(r.id(), r.incidentId(), r.decidedAt(), r.decision(), r.rationale(), r.policyVersion(),
                        r.detailsJson()));
        copy(copy, "deployment_events (deployment_event_id, service_id, started_at, finished_at, deploy_type, image_ref,"
                + " revision, metadata)", s.deployments, r -> row(r.id(), r.serviceId(), r.startedAt(), r.finishedAt(),
                r.deployType(), r.imageRef(), r.revision(), r.metadataJson()));
        copy(copy, "config_change_events (config_change_id, service_id, detected_at, source, change_kind, resource_name,"
                + " diff_payload, actor, audit_log_ref)", s.configChanges, r -> row(r.id(), r.serviceId(), r.detectedAt(),
                r.source(), r.changeKind(), r.resourceName(), r.diffPayloadJson(), r.actor(), r.auditLogRef()));
        copy(copy, "commits (commit_sha, repo, author, message, summary, authored_at)", s.commits,
                r -> row(r.sha(), r.repo(), r.author(), r.message(), r.summary(), r.authoredAt()));
        copy(copy, "commit_files (id, commit_sha, file_path, change_type, diff_text, lines_added, lines_removed)",
                s.commitFiles, r -> row(r.id(), r.commitSha(), r.path(), r.changeType(), r.diffText(), r.linesAdded(),
                        r.linesRemoved()));
        copy(copy, "deployment_commit_ranges (deployment_event_id, previous_revision, current_revision, is_rollback,"
                + " commit_shas)", s.commitRanges, r -> row(r.deploymentId(), r.previousRevision(), r.currentRevision(),
                r.rollback(), r.commitShas()));
        copy(copy, "metric_descriptors (name, type, unit, description)", s.descriptors,
                r -> row(r.name(), r.type(), r.unit(), r.description()));
        copy(copy, "metric_points (ts, service, metric, value, labels)", s.points,
                r -> row(r.ts(), r.service(), r.metric(), r.value(), Json.fromMap(r.labels())));
        copy(copy, "log_records (log_id, ts, service, severity, body, trace_id, span_id, attributes)", s.logs,
                r -> row(r.id(), r.ts(), r.service(), r.severity().name(), r.body(), r.traceId(), r.spanId(),
                        Json.fromMap(r.attributes())));
        copy(copy, "log_templates (template_id, service, severity, template, example, count, percentage, first_seen,"
                + " last_seen)", s.templates, r -> row(r.templateId(), r.service(), r.severity().name(), r.template(),
                r.example(), r.count(), r.percentage(), r.firstSeen(), r.lastSeen()));
        copy(copy, "spans (trace_id, span_id, parent_span_id, service, name, kind, start_time, end_time, status, attributes)",
                s.spans, r -> row(r.traceId(), r.spanId(), r.parentSpanId(), r.service(), r.name(), r.kind(), r.start(),
                        r.end(), r.status(), Json.fromMap(r.attributes())));
        copy(copy, "evidence_artifacts (evidence_id, incident_id, kind, source, ref, created_at, metadata)", s.evidence,
                r -> row(r.id(), r.incidentId(), r.kind(), r.source(), r.ref(), r.createdAt(), r.metadataJson()));
        copy(copy, "incident_hypotheses (hypothesis_id, incident_id, rank, hypothesis_type, title, confidence,"
                + " evidence_ids, details)", s.hypotheses, r -> row(r.id(), r.incidentId(), r.rank(), r.type(), r.title(),
                r.confidence(), r.evidenceIds(), r.detailsJson()));
        copy(copy, "incident_reports (report_id, incident_id, created_at, model_info, report_markdown, evidence_ids)",
                s.reports, r -> row(r.id(), r.incidentId(), r.createdAt(), r.modelInfoJson(), r.markdown(), r.evidenceIds()));
        copy(copy, "feedback_events (feedback_event_id, incident_id, created_at, actor_type, actor_id, event_type, payload)",
                s.feedback, r -> row(r.id(), r.incidentId(), r.createdAt(), r.actorType(), r.actorId(), r.eventType(),
                        r.payloadJson()));
        copy(copy, "kb_documents (doc_id, kind, title, content, service_name, tags, source_url, created_at, metadata)",
                s.documents, r -> row(r.id(), r.kind(), r.title(), r.content(), r.serviceName(), r.tags(), r.sourceUrl(),
                        r.createdAt(), r.metadataJson()));
        copy(copy, "kb_embeddings (doc_id, chunk, model, chunk_text, vector)", s.embeddings,
                r -> row(r.documentId(), r.chunk(), r.model(), r.chunkText(), floats(r.vector())));
        c.commit();
        c.setAutoCommit(true);
    }

    private static Object[] row(Object... values) {
        return values;
    }

    private static <T> void copy(CopyManager copy, String table, List<T> rows, Function<T, Object[]> fields)
            throws SQLException, IOException {
        StringBuilder text = new StringBuilder();
        for (T row : rows) {
            Object[] values = fields.apply(row);
            for (int i = 0; i < values.length; i++) {
                text.append(i == 0 ? "" : "\t").append(field(values[i]));
            }
            text.append('\n');
        }
        copy.copyIn("COPY " + table + " FROM STDIN", new StringReader(text.toString()));
    }

    /**
     * One field of COPY's text format: \N for null, backslash escapes for the separators, a
     * collection as an array literal of quoted elements. Instants print as ISO 8601, which
     * PostgreSQL reads exactly to the microsecond.
     */
    private static String field(Object v) {
        if (v == null) {
            return "\\N";
        }
        String text = v instanceof Collection<?> items ? array(items) : v.toString();
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String array(Collection<?> items) {
        List<String> quoted = new ArrayList<>();
        for (Object item : items) {
            quoted.add('"' + item.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        return "{" + String.join(",", quoted) + "}";
    }

    private static List<Float> floats(float[] vector) {
        List<Float> out = new ArrayList<>(vector.length);
        for (float f : vector) {
            out.add(f);
        }
        return out;
    }
}
