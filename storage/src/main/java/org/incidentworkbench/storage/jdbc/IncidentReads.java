package org.incidentworkbench.storage.jdbc;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.incidentworkbench.analysis.incidents.EvidenceArtifact;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.incidents.Hypothesis;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.incidents.IncidentDecision;
import org.incidentworkbench.analysis.incidents.IncidentReport;
import org.incidentworkbench.analysis.source.Cancellation;

/** Incidents (with their service's name) and what hangs off them; ties in an order are broken by id. */
final class IncidentReads {

    private final Reader db;
    private final SqlDialect d;

    IncidentReads(Reader db, SqlDialect dialect) {
        this.db = db;
        this.d = dialect;
    }

    /** Every incident column, with its service's name; the reads add WHERE or ORDER BY. */
    private String incident() {
        return "SELECT i.incident_id, i.service_id, s.service_name, i.title, i.status,"
                + " i.trigger_type, i.severity, " + d.micros("i.window_start") + " AS window_start_us, "
                + d.micros("i.window_end") + " AS window_end_us, " + d.micros("i.created_at") + " AS created_us, "
                + d.micros("i.updated_at") + " AS updated_us, " + d.micros("i.resolved_at") + " AS resolved_us,"
                + " i.resolution_kind, i.resolution_summary, i.resolved_hypothesis_id"
                + " FROM incidents i LEFT JOIN services s ON s.service_id = i.service_id";
    }

    List<Incident> incidents(Cancellation cancel) {
        return db.list("the incidents", Sql.of(incident() + " ORDER BY i.window_start DESC, i.window_end DESC, i.incident_id"),
                Records::incident, cancel);
    }

    Optional<Incident> incident(UUID id, Cancellation cancel) {
        return db.first("incident " + id, Sql.of(incident() + " WHERE i.incident_id = ?", id), Records::incident, cancel);
    }

    List<IncidentDecision> decisions(UUID incidentId, Cancellation cancel) {
        return db.list("the decisions of incident " + incidentId, Sql.of("SELECT decision_id, incident_id, "
                + d.micros("decided_at") + " AS decided_us, decision, rationale, policy_version, details"
                + " FROM incident_decisions WHERE incident_id = ? ORDER BY decided_at, decision_id", incidentId),
                Records::decision, cancel);
    }

    List<Hypothesis> hypotheses(UUID incidentId, Cancellation cancel) {
        return db.list("the hypotheses of incident " + incidentId, Sql.of("SELECT hypothesis_id, incident_id, rank, hypothesis_type, title,"
                + " CAST(confidence AS " + d.doubleType() + ") AS confidence, evidence_ids, details"
                + " FROM incident_hypotheses WHERE incident_id = ? ORDER BY rank, hypothesis_id", incidentId),
                Records::hypothesis, cancel);
    }

    List<EvidenceArtifact> evidence(UUID incidentId, Cancellation cancel) {
        return db.list("the evidence of incident " + incidentId, Sql.of("SELECT evidence_id, incident_id, kind, source, ref, "
                + d.micros("created_at") + " AS created_us, metadata"
                + " FROM evidence_artifacts WHERE incident_id = ? ORDER BY created_at, evidence_id", incidentId),
                Records::evidence, cancel);
    }

    List<IncidentReport> reports(UUID incidentId, Cancellation cancel) {
        return db.list("the reports of incident " + incidentId, Sql.of("SELECT report_id, incident_id, "
                + d.micros("created_at") + " AS created_us, model_info, report_markdown, evidence_ids"
                + " FROM incident_reports WHERE incident_id = ? ORDER BY created_at, report_id", incidentId),
                Records::report, cancel);
    }

    List<FeedbackEvent> feedback(UUID incidentId, Cancellation cancel) {
        return db.list("the feedback on incident " + incidentId, Sql.of("SELECT feedback_event_id, incident_id, "
                + d.micros("created_at") + " AS created_us, actor_type, actor_id, event_type, payload"
                + " FROM feedback_events WHERE incident_id = ? ORDER BY created_at, feedback_event_id", incidentId),
                Records::feedback, cancel);
    }
}
