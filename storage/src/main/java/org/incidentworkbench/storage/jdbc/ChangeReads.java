package org.incidentworkbench.storage.jdbc;

import static org.incidentworkbench.storage.schema.Relation.COMMITS;
import static org.incidentworkbench.storage.schema.Relation.COMMIT_FILES;
import static org.incidentworkbench.storage.schema.Relation.CONFIG_CHANGE_EVENTS;
import static org.incidentworkbench.storage.schema.Relation.DEPLOYMENT_COMMIT_RANGES;
import static org.incidentworkbench.storage.schema.Relation.DEPLOYMENT_EVENTS;
import static org.incidentworkbench.storage.schema.Relation.SERVICES;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.incidentworkbench.analysis.changes.Commit;
import org.incidentworkbench.analysis.changes.CommitFile;
import org.incidentworkbench.analysis.changes.ConfigChangeEvent;
import org.incidentworkbench.analysis.changes.DeploymentCommitRange;
import org.incidentworkbench.analysis.changes.DeploymentEvent;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.time.TimeRange;

/** What changed: deployments and config changes (with their service's name), commits and their files. */
final class ChangeReads {

    private final Reader db;
    private final SqlDialect d;
    private final Relations rel;

    ChangeReads(Reader db, SqlDialect dialect, Relations relations) {
        this.db = db;
        this.d = dialect;
        this.rel = relations;
    }

    List<DeploymentEvent> deployments(TimeRange range, Cancellation cancel) {
        Sql sql = Sql.of("SELECT d.deployment_event_id, d.service_id, s.service_name, " + d.micros("d.started_at")
                        + " AS started_us, " + d.micros("d.finished_at") + " AS finished_us, d.deploy_type, d.image_ref,"
                        + " d.revision, d.metadata FROM ").relation(rel, DEPLOYMENT_EVENTS, range, "d")
                .add(" LEFT JOIN ").relation(rel, SERVICES, "s").add(" ON s.service_id = d.service_id WHERE ")
                .range("d.started_at", range, d).add(" ORDER BY d.started_at, d.deployment_event_id");
        return db.list("the deployments", sql, Records::deployment, cancel);
    }

    List<ConfigChangeEvent> configChanges(TimeRange range, Cancellation cancel) {
        Sql sql = Sql.of("SELECT c.config_change_id, c.service_id, s.service_name, " + d.micros("c.detected_at")
                        + " AS detected_us, c.source, c.change_kind, c.resource_name, c.diff_payload, c.actor, c.audit_log_ref"
                        + " FROM ").relation(rel, CONFIG_CHANGE_EVENTS, range, "c")
                .add(" LEFT JOIN ").relation(rel, SERVICES, "s").add(" ON s.service_id = c.service_id WHERE ")
                .range("c.detected_at", range, d).add(" ORDER BY c.detected_at, c.config_change_id");
        return db.list("the config changes", sql, Records::configChange, cancel);
    }

    Optional<DeploymentCommitRange> commitRange(UUID deploymentId, Cancellation cancel) {
        return db.first("the commit range of deployment " + deploymentId, Sql.of("SELECT deployment_event_id,"
                        + " previous_revision, current_revision, is_rollback, commit_shas FROM ")
                        .relation(rel, DEPLOYMENT_COMMIT_RANGES, "r").add(" WHERE deployment_event_id = ?", deploymentId),
                Records::commitRange, cancel);
    }

    List<Commit> commits(Collection<String> shas, Cancellation cancel) {
        if (shas.isEmpty()) {
            cancel.throwIfCancelled();
            return List.of();
        }
        Sql sql = Sql.of("SELECT commit_sha, repo, author, message, summary, " + d.micros("authored_at")
                + " AS authored_us FROM ").relation(rel, COMMITS, "commits").add(" WHERE ").in("commit_sha", new TreeSet<>(shas))
                .add(" ORDER BY authored_at DESC, " + d.collate("commit_sha"));
        return db.list("the commits", sql, Records::commit, cancel);
    }

    List<CommitFile> commitFiles(String sha, Cancellation cancel) {
        return db.list("the files of commit " + sha, Sql.of("SELECT id, commit_sha, file_path, change_type, diff_text,"
                        + " lines_added, lines_removed FROM ").relation(rel, COMMIT_FILES, "commit_files")
                        .add(" WHERE commit_sha = ? ORDER BY " + d.collate("file_path") + ", id", sha),
                Records::commitFile, cancel);
    }
}
