package org.incidentworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each scenario's symptoms are really in its data, in metrics, logs and spans. Every scenario is
 * generated once, small, and queried with plain SQL.
 */
class ScenarioSymptomsTest {

    private static final String HOUR_BEFORE = "ts BETWEEN '2025-05-13 12:55:00+00' AND '2025-05-13 13:55:00+00'";

    @TempDir
    static Path dir;
    static final Map<Scenario, SnapshotQueries> snapshots = new EnumMap<>(Scenario.class);

    @BeforeAll
    static void generateEveryScenario() throws Exception {
        for (Scenario s : Scenario.values()) {
            GenerationResult r = SampleGenerator.generate(SampleSpec.small(s, 11), dir.resolve(s.cliName() + ".duckdb"));
            snapshots.put(s, SnapshotQueries.open(r.snapshot()));
        }
    }

    @AfterAll
    static void close() throws Exception {
        for (SnapshotQueries q : snapshots.values()) {
            q.close();
        }
    }

    /** The average of a metric over the main incident's window, or over the hour before the story starts. */
    private static double during(SnapshotQueries q, String service, String metric) throws Exception {
        return q.number("SELECT avg(value) FROM metric_points m, incidents i WHERE i.status IN ('open', 'triaged') "
                + "AND m.service = ? AND m.metric = ? AND m.ts BETWEEN i.window_start + INTERVAL 10 MINUTE AND i.window_end - INTERVAL 10 MINUTE",
                service, metric);
    }

    private static double before(SnapshotQueries q, String service, String metric) throws Exception {
        return q.number("SELECT avg(value) FROM metric_points WHERE service = ? AND metric = ? AND " + HOUR_BEFORE, service, metric);
    }

    private static long errorLines(SnapshotQueries q, String service, String text) throws Exception {
        return q.count("SELECT count(*) FROM log_records l, incidents i WHERE i.status IN ('open', 'triaged') AND l.service = ? "
                + "AND l.severity = 'ERROR' AND l.body LIKE ? AND l.ts BETWEEN i.window_start AND i.window_end", service, "%" + text + "%");
    }

    private static long errorSpans(SnapshotQueries q, String service, String name) throws Exception {
        return q.count("SELECT count(*) FROM spans s, incidents i WHERE i.status IN ('open', 'triaged') AND s.status = 'error' "
                + "AND s.service = ? AND s.name LIKE ? AND s.start_time BETWEEN i.window_start AND i.window_end", service, name);
    }

    @Test
    void checkoutFailsWhileThePaymentsPoolIsPinnedAtItsNewMaximum() throws Exception {
        SnapshotQueries q = snapshots.get(Scenario.CHECKOUT_DB_POOL);
        assertThat(during(q, "checkout", "http_error_ratio")).isGreaterThan(20 * before(q, "checkout", "http_error_ratio"));
        assertThat(during(q, "checkout", "http_latency_p99_ms")).isGreaterThan(1.3 * before(q, "checkout", "http_latency_p99_ms"));
        assertThat(during(q, "edge-gateway", "http_error_ratio")).isGreaterThan(10 * before(q, "edge-gateway", "http_error_ratio"));
        double pinned = q.number("SELECT avg(CASE WHEN u.value = x.value THEN 1 ELSE 0 END) FROM metric_points u "
                + "JOIN metric_points x ON x.ts = u.ts AND x.service = u.service AND x.metric = 'db_pool_connections_max' AND x.labels = u.labels, "
                + "incidents i WHERE i.status = 'triaged' AND u.service = 'payments' AND u.metric = 'db_pool_connections_in_use' "
                + "AND (u.labels->>'pool') = 'payments-rw' AND u.ts BETWEEN i.window_start + INTERVAL 10 MINUTE AND i.window_end - INTERVAL 15 MINUTE");
        assertThat(pinned).isGreaterThan(0.9);
        assertThat(q.number("SELECT avg(value) FROM metric_points WHERE service = 'payments' AND metric = 'db_pool_connections_max' "
                + "AND (labels->>'pool') = 'payments-rw' AND " + HOUR_BEFORE)).isEqualTo(100);
        assertThat(during(q, "payments", "db_pool_wait_ms")).isGreaterThan(500);
        assertThat(errorLines(q, "payments", "payments-rw - Connection is not available")).isPositive();
        assertThat(errorLines(q, "checkout", "Call to payments failed after 5000 ms")).isPositive();
        assertThat(errorSpans(q, "payments", "HikariDataSource.getConnection")).isPositive();
        assertThat(errorSpans(q, "checkout", "POST /v1/checkout")).isPositive();
        assertThat(q.count("SELECT count(*) FROM commit_files f JOIN deployment_commit_ranges r ON list_contains(r.commit_shas, f.commit_sha) "
                + "WHERE f.change_type = 'config' AND f.diff_text LIKE '%-      maximum-pool-size: 50%+      maximum-pool-size: 10%'")).isEqualTo(1);
    }

    @Test
    void aTrafficSurgeOverloadsTheStorefrontUntilTheAutoscalerCatchesUp() throws Exception {
        SnapshotQueries q = snapshots.get(Scenario.TRAFFIC_SURGE);
        assertThat(q.number("SELECT max(value) FROM metric_points WHERE service = 'edge-gateway' AND metric = 'http_requests_per_second'"))
                .isGreaterThan(2 * before(q, "edge-gateway", "http_requests_per_second"));
        assertThat(during(q, "web-frontend", "http_error_ratio")).isGreaterThan(10 * before(q, "web-frontend", "http_error_ratio"));
        assertThat(during(q, "catalog", "cpu_usage_cores")).isGreaterThan(1.5 * before(q, "catalog", "cpu_usage_cores"));
        assertThat(q.count("SELECT count(*) FROM config_change_events WHERE change_kind = 'replica_count' AND actor LIKE '%horizontal-pod-autoscaler'"))
                .isGreaterThanOrEqualTo(5);
        assertThat(q.count("SELECT count(*) FROM log_records WHERE service = 'edge-gateway' AND body LIKE 'rate limit exceeded%'")).isPositive();
        assertThat(errorLines(q, "catalog", "executor saturated") + q.count("SELECT count(*) FROM log_records WHERE body LIKE 'Rejected request: executor saturated%'"))
                .isPositive();
    }

    @Test
    void aProviderOutageFailsPaymentsAndCheckoutWithItsCircuitBreakerFlapping() throws Exception {
        SnapshotQueries q = snapshots.get(Scenario.PAYMENT_PROVIDER_OUTAGE);
        assertThat(during(q, "payment-provider", "http_error_ratio")).isGreaterThan(0.2);
        assertThat(during(q, "payments", "http_error_ratio")).isGreaterThan(10 * before(q, "payments", "http_error_ratio"));
        assertThat(during(q, "checkout", "http_error_ratio")).isGreaterThan(10 * before(q, "checkout", "http_error_ratio"));
        assertThat(errorLines(q, "payments", "PSP responded 5")).isPositive();
        assertThat(q.count("SELECT count(*) FROM log_records WHERE service = 'payments' AND body LIKE 'CircuitBreaker ''payment-provider'' changed state%'"))
                .isPositive();
        assertThat(errorSpans(q, "payments", "POST /v3/payments")).isPositive();
    }

    @Test
    void memoryPressureShowsLongGcPausesThenOomKillsInInventory() throws Exception {
        SnapshotQueries q = snapshots.get(Scenario.MEMORY_PRESSURE);
        assertThat(q.number("SELECT max(value) FROM metric_points WHERE service = 'inventory' AND metric = 'jvm_gc_pause_max_ms'"))
                .isGreaterThan(1_000);
        assertThat(q.number("SELECT max(value) FROM metric_points WHERE service = 'inventory' AND metric = 'container_restarts_total'"))
                .isGreaterThanOrEqualTo(1);
        assertThat(q.count("SELECT count(*) FROM log_records WHERE service = 'inventory' AND body = 'java.lang.OutOfMemoryError: Java heap space'"))
                .isPositive();
        assertThat(q.count("SELECT count(*) FROM log_records WHERE service = 'inventory' AND body LIKE '%OOMKilled (exit code 137)%'")).isPositive();
        assertThat(during(q, "checkout", "http_error_ratio")).isGreaterThan(5 * before(q, "checkout", "http_error_ratio"));
        assertThat(errorSpans(q, "checkout", "POST /v1/reservations")).isPositive();
    }

    @Test
    void everyScenarioRanksADistractorFirst() throws Exception {
        for (Scenario s : Scenario.values()) {
            SnapshotQueries q = snapshots.get(s);
            assertThat(q.count("SELECT count(*) FROM incident_hypotheses")).as(s.cliName()).isGreaterThanOrEqualTo(3);
        }
        assertThat(snapshots.get(Scenario.TRAFFIC_SURGE).strings("SELECT hypothesis_type FROM incident_hypotheses WHERE rank = 1"))
                .containsExactly("release");
        assertThat(snapshots.get(Scenario.PAYMENT_PROVIDER_OUTAGE).strings("SELECT hypothesis_type FROM incident_hypotheses WHERE rank = 1"))
                .containsExactly("release");
        assertThat(snapshots.get(Scenario.MEMORY_PRESSURE).strings("SELECT hypothesis_type FROM incident_hypotheses WHERE rank = 1"))
                .containsExactly("release");
    }
}
