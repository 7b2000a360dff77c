package org.incidentworkbench.storage.schema;

import static org.incidentworkbench.storage.schema.ColumnType.BOOLEAN;
import static org.incidentworkbench.storage.schema.ColumnType.DOUBLE;
import static org.incidentworkbench.storage.schema.ColumnType.INTEGER;
import static org.incidentworkbench.storage.schema.ColumnType.JSONB;
import static org.incidentworkbench.storage.schema.ColumnType.NUMBER;
import static org.incidentworkbench.storage.schema.ColumnType.REAL_ARRAY;
import static org.incidentworkbench.storage.schema.ColumnType.TEXT;
import static org.incidentworkbench.storage.schema.ColumnType.TEXT_ARRAY;
import static org.incidentworkbench.storage.schema.ColumnType.TIMESTAMPTZ;
import static org.incidentworkbench.storage.schema.ColumnType.UUID;
import static org.incidentworkbench.storage.schema.ColumnType.UUID_ARRAY;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The canonical relations the reads use: every table of the schema but {@code schema_info}, each
 * named as its table, with its columns. A source profile supplies each one from a database's own
 * tables. A <em>signal</em> relation has a time column the reads narrow by; a profile's template
 * for it may use the window's bounds as {@code :from} and {@code :to}.
 */
public enum Relation {
    SERVICES(null, c("service_id", UUID), c("cluster_id", TEXT), c("namespace", TEXT), c("service_name", TEXT),
            c("kind", TEXT), c("team", TEXT), c("created_at", TIMESTAMPTZ)),
    TOPOLOGY_EDGES(null, c("src", TEXT), c("dst", TEXT), c("relation", TEXT), c("source", TEXT)),
    INCIDENTS(null, c("incident_id", UUID), c("service_id", UUID), c("title", TEXT), c("status", TEXT),
            c("trigger_type", TEXT), c("severity", INTEGER), c("window_start", TIMESTAMPTZ),
            c("window_end", TIMESTAMPTZ), c("created_at", TIMESTAMPTZ), c("updated_at", TIMESTAMPTZ),
            c("resolved_at", TIMESTAMPTZ), c("resolution_kind", TEXT), c("resolution_summary", TEXT),
            c("resolved_hypothesis_id", UUID)),
    INCIDENT_DECISIONS(null, c("decision_id", UUID), c("incident_id", UUID), c("decided_at", TIMESTAMPTZ),
            c("decision", TEXT), c("rationale", TEXT), c("policy_version", TEXT), c("details", JSONB)),
    DEPLOYMENT_EVENTS("started_at", c("deployment_event_id", UUID), c("service_id", UUID),
            c("started_at", TIMESTAMPTZ), c("finished_at", TIMESTAMPTZ), c("deploy_type", TEXT), c("image_ref", TEXT),
            c("revision", TEXT), c("metadata", JSONB)),
    CONFIG_CHANGE_EVENTS("detected_at", c("config_change_id", UUID), c("service_id", UUID),
            c("detected_at", TIMESTAMPTZ), c("source", TEXT), c("change_kind", TEXT), c("resource_name", TEXT),
            c("diff_payload", JSONB), c("actor", TEXT), c("audit_log_ref", TEXT)),
    COMMITS(null, c("commit_sha", TEXT), c("repo", TEXT), c("author", TEXT), c("message", TEXT), c("summary", TEXT),
            c("authored_at", TIMESTAMPTZ)),
    COMMIT_FILES(null, c("id", UUID), c("commit_sha", TEXT), c("file_path", TEXT), c("change_type", TEXT),
            c("diff_text", TEXT), c("lines_added", INTEGER), c("lines_removed", INTEGER)),
    DEPLOYMENT_COMMIT_RANGES(null, c("deployment_event_id", UUID), c("previous_revision", TEXT),
            c("current_revision", TEXT), c("is_rollback", BOOLEAN), c("commit_shas", TEXT_ARRAY)),
    METRIC_DESCRIPTORS(null, c("name", TEXT), c("type", TEXT), c("unit", TEXT), c("description", TEXT)),
    METRIC_POINTS("ts", c("ts", TIMESTAMPTZ), c("service", TEXT), c("metric", TEXT), c("value", DOUBLE),
            c("labels", JSONB)),
    LOG_RECORDS("ts", c("log_id", INTEGER), c("ts", TIMESTAMPTZ), c("service", TEXT), c("severity", TEXT),
            c("body", TEXT), c("trace_id", TEXT), c("span_id", TEXT), c("attributes", JSONB)),
    LOG_TEMPLATES(null, c("template_id", TEXT), c("service", TEXT), c("severity", TEXT), c("template", TEXT),
            c("example", TEXT), c("count", INTEGER), c("percentage", DOUBLE), c("first_seen", TIMESTAMPTZ),
            c("last_seen", TIMESTAMPTZ)),
    SPANS("start_time", c("trace_id", TEXT), c("span_id", TEXT), c("parent_span_id", TEXT), c("service", TEXT),
            c("name", TEXT), c("kind", TEXT), c("start_time", TIMESTAMPTZ), c("end_time", TIMESTAMPTZ),
            c("status", TEXT), c("attributes", JSONB)),
    EVIDENCE_ARTIFACTS(null, c("evidence_id", UUID), c("incident_id", UUID), c("kind", TEXT), c("source", TEXT),
            c("ref", TEXT), c("created_at", TIMESTAMPTZ), c("metadata", JSONB)),
    INCIDENT_HYPOTHESES(null, c("hypothesis_id", UUID), c("incident_id", UUID), c("rank", INTEGER),
            c("hypothesis_type", TEXT), c("title", TEXT), c("confidence", NUMBER), c("evidence_ids", UUID_ARRAY),
            c("details", JSONB)),
    INCIDENT_REPORTS(null, c("report_id", UUID), c("incident_id", UUID), c("created_at", TIMESTAMPTZ),
            c("model_info", JSONB), c("report_markdown", TEXT), c("evidence_ids", UUID_ARRAY)),
    FEEDBACK_EVENTS(null, c("feedback_event_id", UUID), c("incident_id", UUID), c("created_at", TIMESTAMPTZ),
            c("actor_type", TEXT), c("actor_id", TEXT), c("event_type", TEXT), c("payload", JSONB)),
    KB_DOCUMENTS(null, c("doc_id", UUID), c("kind", TEXT), c("title", TEXT), c("content", TEXT),
            c("service_name", TEXT), c("tags", TEXT_ARRAY), c("source_url", TEXT), c("created_at", TIMESTAMPTZ),
            c("metadata", JSONB)),
    KB_EMBEDDINGS(null, c("doc_id", UUID), c("chunk", INTEGER), c("model", TEXT), c("chunk_text", TEXT),
            c("vector", REAL_ARRAY));

    private final String timeColumn;
    private final List<Column> columns;

    Relation(String timeColumn, Column... columns) {
        this.timeColumn = timeColumn;
        this.columns = List.of(columns);
    }

    private static Column c(String name, ColumnType type) {
        return new Column(name, type);
    }

    /** The relation's name, which is also its table's in the canonical schema, e.g. "log_records". */
    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Its columns, in the canonical table's order. */
    public List<Column> columns() {
        return columns;
    }

    /** The time column the reads narrow a signal relation by; empty for the others. */
    public Optional<String> timeColumn() {
        return Optional.ofNullable(timeColumn);
    }

    /** The relation named {@code name} (its table name), if any. */
    public static Optional<Relation> named(String name) {
        for (Relation r : values()) {
            if (r.tableName().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
