package org.incidentworkbench.storage.jdbc;

import static org.incidentworkbench.storage.schema.Relation.EVIDENCE_ARTIFACTS;
import static org.incidentworkbench.storage.schema.Relation.FEEDBACK_EVENTS;
import static org.incidentworkbench.storage.schema.Relation.INCIDENTS;
import static org.incidentworkbench.storage.schema.Relation.INCIDENT_DECISIONS;
import static org.incidentworkbench.storage.schema.Relation.INCIDENT_HYPOTHESES;
import static org.incidentworkbench.storage.schema.Relation.INCIDENT_REPORTS;
import static org.incidentworkbench.storage.schema.Relation.SERVICES;

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
import org.incidentworkbench.storage.schema.Relation;

/** Incidents (with their service's name) and what hangs off them; ties in an order are broken by id. */
final class IncidentReads {

    private final Reader db;
    private final SqlDialect d;
    private final Relations rel;

    IncidentReads(Reader db, SqlDialect dialect, Relations relations) {
        this.db = db;
        this.d = dialect;
        this.rel = relations;
    }

    /** Every incident column, with its service's name; the reads add WHERE or ORDER BY. */
    private Sql incident() {
        return Sql.of("SELECT i.incident_id, i.service_id, s.service_name, i.title, i.status,"
                        + " i.trigger_type, i.severity, " + d.micros("i.window_start") + " AS window_start_us, "
                        + d.micros("i.window_end") + " AS window_end_us, " + d.micros("i.created_at") + " AS created_us, "
                        + d.micros("i.updated_at") + " AS updated_us, " + d.micros("i.resolved_at") + " AS resolved_us,"
                        + " i.resolution_kind, i.resolution_summary, i.resolved_hypothesis_id FROM ")
                .relation(rel, INCIDENTS, "i").add(" LEFT JOIN ").relation(rel, SERVICES, "s")
                .add(" ON s.service_id = i.service_id");
    }

    List<Incident> incidents(Cancellation cancel) {
        return db.list("the incidents", incident().add(" ORDER BY i.window_start DESC, i.window_end DESC, i.incident_id"),
                Records::incident, cancel);
    }

    Optional<Incident> incident(UUID id, Cancellation cancel) {
        return db.first("incident " + id, incident().add(" WHERE i.incident_id = ?", id), Records::incident, cancel);
    }

    List<IncidentDecision> decisions(UUID incidentId, Cancellation cancel) {
        return db.list("the decisions of incident " + incidentId, ofIncident("SELECT decision_id, incident_id, "
                + d.micros("decided_at") + " AS decided_us, decision, rationale, policy_version, details",
                INCIDENT_DECISIONS, incidentId, "decided_at, decision_id"), Records::decision, cancel);
    }

    List<Hypothesis> hypotheses(UUID incidentId, Cancellation cancel) {
        return db.list("the hypotheses of incident " + incidentId, ofIncident("SELECT hypothesis_id, incident_id, rank,"
                + " hypothesis_type, title, CAST(confidence AS " + d.doubleType() + ") AS confidence, evidence_ids, details",
                INCIDENT_HYPOTHESES, incidentId, "rank, hypothesis_id"), Records::hypothesis, cancel);
    }

    List<EvidenceArtifact> evidence(UUID incidentId, Cancellation cancel) {
        return db.list("the evidence of incident " + incidentId, ofIncident("SELECT evidence_id, incident_id, kind, source, ref, "
                + d.micros("created_at") + " AS created_us, metadata",
                EVIDENCE_ARTIFACTS, incidentId, "created_at, evidence_id"), Records::evidence, cancel);
    }

    List<IncidentReport> reports(UUID incidentId, Cancellation cancel) {
        return db.list("the reports of incident " + incidentId, ofIncident("SELECT report_id, incident_id, "
                + d.micros("created_at") + " AS created_us, model_info, report_markdown, evidence_ids",
                INCIDENT_REPORTS, incidentId, "created_at, report_id"), Records::report, cancel);
    }

    List<FeedbackEvent> feedback(UUID incidentId, Cancellation cancel) {
        return db.list("the feedback on incident " + incidentId, ofIncident("SELECT feedback_event_id, incident_id, "
                + d.micros("created_at") + " AS created_us, actor_type, actor_id, event_type, payload",
                FEEDBACK_EVENTS, incidentId, "created_at, feedback_event_id"), Records::feedback, cancel);
    }

    /** {@code select} over the rows of {@code relation} that belong to incident {@code id}, ordered by {@code orderBy}. */
    private Sql ofIncident(String select, Relation relation, UUID id, String orderBy) {
        return Sql.of(select + " FROM ").relation(rel, relation, "r").add(" WHERE incident_id = ? ORDER BY " + orderBy, id);
    }
}
