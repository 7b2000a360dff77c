package org.incidentworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentworkbench.sample.logs.LogFamilies;
import org.incidentworkbench.sample.logs.LogFamily;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full default sample (24 hours at 10 s), generated once for all tests of this class. */
class DefaultScenarioContentTest {

    @TempDir
    static Path dir;
    static GenerationResult result;
    static SnapshotQueries q;

    @BeforeAll
    static void generate() throws Exception {
        result = SampleGenerator.generate(SampleSpec.full(Scenario.defaultScenario(), SampleSpec.DEFAULT_SEED),
                dir.resolve("sample.duckdb"));
        q = SnapshotQueries.open(result.snapshot());
    }

    @AfterAll
    static void close() throws Exception {
        q.close();
    }

    @Test
    void meetsTheSizeMinimums() {
        assertThat(result.rowCounts().get("metric_points")).isGreaterThanOrEqualTo(1_000_000);
        assertThat(result.rowCounts().get("log_records")).isGreaterThanOrEqualTo(200_000);
        assertThat(result.rowCounts().get("spans")).isGreaterThanOrEqualTo(20_000);
        assertThat(result.rowCounts().get("kb_documents")).isGreaterThanOrEqualTo(10);
        assertThat(result.rowCounts().get("kb_embeddings")).isZero();
    }

    @Test
    void coversTwentyFourHoursAtTenSecondsEndingAfterTheRecovery() throws Exception {
        assertThat(q.number("SELECT epoch(max(ts)) - epoch(min(ts)) FROM metric_points")).isEqualTo(24 * 3600 - 10);
        assertThat(q.count("SELECT count(DISTINCT ts) FROM metric_points WHERE service = 'checkout' AND metric = 'http_error_ratio'"))
                .isEqualTo(8640);
        assertThat(q.strings("SELECT CAST(created_at AS VARCHAR) FROM schema_info")).containsExactly("2025-05-13 16:00:00+00");
    }

    @Test
    void describesARecognisableShopOfTwelveToSixteenServicesWithTeamsAndNamespaces() throws Exception {
        List<String> services = q.strings("SELECT service_name FROM services ORDER BY service_name");
        assertThat(services).hasSizeBetween(12, 16).contains("edge-gateway", "web-frontend", "checkout", "cart", "catalog",
                "search", "payments", "auth", "inventory", "notifications", "shop-postgres", "redis-cache", "kafka",
                "payment-provider");
        assertThat(q.strings("SELECT DISTINCT kind FROM services ORDER BY kind"))
                .containsExactly("api", "cache", "database", "edge", "external", "frontend", "queue", "worker");
        assertThat(q.count("SELECT count(*) FROM services WHERE team IS NULL OR namespace = '' OR cluster_id = ''")).isZero();
    }

    @Test
    void declaresTheTopologyAndShowsTheEdgesTheTracesReveal() throws Exception {
        assertThat(q.strings("SELECT src || '>' || dst FROM topology_edges WHERE source = 'declared'"))
                .contains("edge-gateway>web-frontend", "checkout>payments", "payments>shop-postgres", "payments>payment-provider",
                        "notifications>kafka");
        assertThat(q.strings("SELECT src || '>' || dst FROM topology_edges WHERE source = 'traces'"))
                .contains("web-frontend>checkout", "checkout>payments", "payments>payment-provider", "checkout>kafka");
        assertThat(q.count("SELECT count(*) FROM topology_edges e WHERE NOT EXISTS "
                + "(SELECT 1 FROM services s WHERE s.service_name = e.src) OR NOT EXISTS (SELECT 1 FROM services s WHERE s.service_name = e.dst)"))
                .isZero();
    }

    @Test
    void describesEveryMetricAndLabelsSomeSeries() throws Exception {
        assertThat(q.count("SELECT count(DISTINCT metric) FROM metric_points WHERE metric NOT IN (SELECT name FROM metric_descriptors)"))
                .isZero();
        assertThat(q.strings("SELECT DISTINCT (labels->>'pool') FROM metric_points WHERE service = 'payments' "
                + "AND metric = 'db_pool_connections_in_use' ORDER BY 1")).containsExactly("payments-ro", "payments-rw");
        assertThat(q.strings("SELECT DISTINCT (labels->>'code_class') FROM metric_points WHERE metric = 'http_responses_per_second' ORDER BY 1"))
                .containsExactly("2xx", "4xx", "5xx");
        assertThat(q.count("SELECT count(*) FROM metric_points WHERE labels <> '{}'")).isGreaterThan(100_000);
    }

    @Test
    void followsTheDailyCycle() throws Exception {
        double night = q.number("SELECT avg(value) FROM metric_points WHERE service = 'edge-gateway' AND metric = 'http_requests_per_second' "
                + "AND hour(ts) BETWEEN 3 AND 4");
        double evening = q.number("SELECT avg(value) FROM metric_points WHERE service = 'edge-gateway' AND metric = 'http_requests_per_second' "
                + "AND hour(ts) BETWEEN 19 AND 20");
        assertThat(evening).isGreaterThan(3 * night);
    }

    @Test
    void writesLogsFromAtLeastSixtyMessageFamilies() throws Exception {
        assertThat(LogFamilies.all()).hasSizeGreaterThanOrEqualTo(60);
        List<String> seen = new ArrayList<>();
        for (LogFamily family : LogFamilies.all()) {
            String like = family.pattern().template().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace("<*>", "%");
            String services = "'" + String.join("','", family.services()) + "'";
            if (q.count("SELECT count(*) FROM log_records WHERE service IN (" + services + ") AND severity = ? AND body LIKE ? ESCAPE '\\'",
                    family.severity().name(), like) > 0) {
                seen.add(family.id());
            }
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void logsMostlyAtInfoWithErrorsConcentratedInTheIncident() throws Exception {
        long info = q.count("SELECT count(*) FROM log_records WHERE severity = 'INFO'");
        long warn = q.count("SELECT count(*) FROM log_records WHERE severity = 'WARN'");
        long errorsBefore = q.count("SELECT count(*) FROM log_records WHERE severity = 'ERROR' AND ts BETWEEN '2025-05-13 12:55:00+00' AND '2025-05-13 13:55:00+00'");
        long errorsDuring = q.count("SELECT count(*) FROM log_records WHERE severity = 'ERROR' AND ts BETWEEN '2025-05-13 14:10:00+00' AND '2025-05-13 15:00:00+00'");
        assertThat(info).isGreaterThan(3 * warn);
        assertThat(errorsDuring).isGreaterThan(10 * errorsBefore);
    }

    @Test
    void numbersLogRecordsUniquelyInTimeOrderWithPodHostAndThread() throws Exception {
        assertThat(q.count("SELECT count(DISTINCT log_id) FROM log_records")).isEqualTo(result.rowCounts().get("log_records"));
        assertThat(q.count("SELECT count(*) FROM (SELECT ts, lag(ts) OVER (ORDER BY log_id) AS previous FROM log_records) WHERE ts < previous"))
                .isZero();
        assertThat(q.count("SELECT count(*) FROM log_records WHERE (attributes->>'pod') IS NULL OR (attributes->>'host') IS NULL")).isZero();
        assertThat(q.count("SELECT count(*) FROM log_records WHERE service = 'payments' AND (attributes->>'thread') LIKE 'http-nio-8080-exec-%'"))
                .isPositive();
    }

    @Test
    void linksSomeLogLinesToTheSpansTheyWereWrittenIn() throws Exception {
        long linked = q.count("SELECT count(*) FROM log_records WHERE trace_id IS NOT NULL");
        long resolved = q.count("SELECT count(*) FROM log_records l JOIN spans s ON l.trace_id = s.trace_id AND l.span_id = s.span_id");
        assertThat(linked).isGreaterThan(1_000);
        assertThat(resolved).isEqualTo(linked);
    }

    @Test
    void samplesW3cTracesWithEveryKindOfSpanAndConsistentParents() throws Exception {
        assertThat(q.count("SELECT count(*) FROM spans WHERE NOT regexp_full_match(trace_id, '[0-9a-f]{32}') "
                + "OR NOT regexp_full_match(span_id, '[0-9a-f]{16}')")).isZero();
        assertThat(q.strings("SELECT DISTINCT kind FROM spans ORDER BY kind"))
                .containsExactly("client", "consumer", "internal", "producer", "server");
        assertThat(q.strings("SELECT DISTINCT status FROM spans ORDER BY status")).containsExactly("error", "ok");
        assertThat(q.count("SELECT count(*) FROM spans c WHERE parent_span_id IS NOT NULL AND NOT EXISTS "
                + "(SELECT 1 FROM spans p WHERE p.trace_id = c.trace_id AND p.span_id = c.parent_span_id)")).isZero();
        assertThat(q.count("SELECT count(*) FROM spans WHERE end_time < start_time")).isZero();
        assertThat(q.count("SELECT count(*) FROM spans WHERE (attributes->>'db.system') = 'postgresql'")).isPositive();
        assertThat(q.count("SELECT count(*) FROM spans WHERE (attributes->>'http.route') IS NOT NULL AND (attributes->>'http.status_code') IS NOT NULL"))
                .isPositive();
    }

    @Test
    void recordsDeploymentsWithCommitRangesAndTypedFiles() throws Exception {
        assertThat(q.count("SELECT count(*) FROM deployment_events")).isGreaterThanOrEqualTo(6);
        assertThat(q.strings("SELECT DISTINCT deploy_type FROM deployment_events ORDER BY 1")).containsExactly("argo", "helm");
        assertThat(q.count("SELECT count(*) FROM deployment_events d LEFT JOIN deployment_commit_ranges r USING (deployment_event_id) "
                + "WHERE r.current_revision IS NULL OR r.current_revision <> d.revision")).isZero();
        assertThat(q.count("SELECT count(*) FROM (SELECT unnest(commit_shas) sha FROM deployment_commit_ranges) WHERE sha NOT IN (SELECT commit_sha FROM commits)"))
                .isZero();
        assertThat(q.strings("SELECT DISTINCT change_type FROM commit_files ORDER BY 1"))
                .isSubsetOf("db_migration", "dependency", "config", "timeout_retry", "http_client", "shared_util", "auth", "test", "docs", "other")
                .contains("config", "dependency", "docs", "test");
        assertThat(q.count("SELECT count(*) FROM commit_files WHERE NOT starts_with(diff_text, 'diff --git a/') OR lines_added + lines_removed = 0"))
                .isZero();
        assertThat(q.count("SELECT count(*) FROM deployment_commit_ranges WHERE is_rollback")).isEqualTo(1);
    }

    @Test
    void recordsConfigChangesWithDiffPayloads() throws Exception {
        assertThat(q.strings("SELECT DISTINCT change_kind FROM config_change_events ORDER BY 1"))
                .contains("configmap_key", "db_schema_alter", "env_var", "replica_count", "resource_limit");
        assertThat(q.count("SELECT count(*) FROM config_change_events WHERE (diff_payload->>'field') IS NULL "
                + "OR (diff_payload->>'old_value') IS NULL OR (diff_payload->>'new_value') IS NULL")).isZero();
    }

    @Test
    void keepsRunbooksAndPastIncidentSummaries() throws Exception {
        assertThat(q.count("SELECT count(*) FROM kb_documents WHERE kind = 'runbook'")).isGreaterThanOrEqualTo(8);
        assertThat(q.count("SELECT count(*) FROM kb_documents WHERE kind = 'incident_summary'")).isGreaterThanOrEqualTo(4);
        assertThat(q.count("SELECT count(*) FROM kb_documents WHERE kind = 'runbook' AND len(string_split(content, '\n## ')) < 3")).isZero();
        assertThat(q.count("SELECT count(*) FROM kb_documents WHERE kind = 'incident_summary' AND content NOT LIKE '%**Root cause:**%'")).isZero();
        assertThat(q.count("SELECT count(*) FROM kb_documents WHERE len(tags) = 0")).isZero();
    }

    @Test
    void holdsTheMainIncidentAndTheDaysMinorOnes() throws Exception {
        assertThat(q.strings("SELECT status FROM incidents ORDER BY status")).containsExactly("resolved", "suppressed", "triaged");
        assertThat(q.strings("SELECT decision FROM incident_decisions ORDER BY decision")).containsExactly("approved", "approved", "suppressed");
        assertThat(q.count("SELECT count(*) FROM incidents WHERE window_end <= window_start")).isZero();
    }

    @Test
    void ranksTheTriageBotsHypothesesWithTheirEvidenceAndTheDistractors() throws Exception {
        String truthChange = Files.readString(result.groundTruth()).replaceAll("(?s).*\"causingChangeId\" : \"([^\"]+)\".*", "$1");
        assertThat(q.count("SELECT count(*) FROM incident_hypotheses")).isGreaterThanOrEqualTo(3);
        assertThat(q.strings("SELECT (details->>'deployment_event_id') FROM incident_hypotheses WHERE rank = 1")).doesNotContain(truthChange);
        assertThat(q.strings("SELECT (details->>'deployment_event_id') FROM incident_hypotheses")).contains(truthChange);
        assertThat(q.strings("SELECT DISTINCT hypothesis_type FROM incident_hypotheses")).contains("release", "traffic", "db");
        assertThat(q.count("SELECT count(*) FROM (SELECT unnest(evidence_ids) id FROM incident_hypotheses) WHERE id NOT IN (SELECT evidence_id FROM evidence_artifacts)"))
                .isZero();
        assertThat(q.strings("SELECT DISTINCT kind FROM evidence_artifacts ORDER BY 1")).contains("git_diff", "k8s_event", "prom_query");
        assertThat(q.strings("SELECT event_type FROM feedback_events")).containsExactly("human_note_added");
        assertThat(q.count("SELECT count(*) FROM incident_reports WHERE report_markdown LIKE '# Draft:%'")).isEqualTo(1);
    }
}
