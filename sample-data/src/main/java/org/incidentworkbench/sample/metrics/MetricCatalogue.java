package org.incidentworkbench.sample.metrics;

import java.util.List;
import org.incidentworkbench.analysis.metrics.MetricDescriptor;

/** The metric names of the sample and what they mean. */
public final class MetricCatalogue {

    public static final String REQUEST_RATE = "http_requests_per_second";
    public static final String ERROR_RATIO = "http_error_ratio";
    public static final String LATENCY_P50 = "http_latency_p50_ms";
    public static final String LATENCY_P95 = "http_latency_p95_ms";
    public static final String LATENCY_P99 = "http_latency_p99_ms";
    public static final String RESPONSES = "http_responses_per_second";
    public static final String CPU = "cpu_usage_cores";
    public static final String MEMORY = "memory_working_set_bytes";
    public static final String GC_PAUSE = "jvm_gc_pause_max_ms";
    public static final String RESTARTS = "container_restarts_total";
    public static final String POOL_IN_USE = "db_pool_connections_in_use";
    public static final String POOL_MAX = "db_pool_connections_max";
    public static final String POOL_WAIT = "db_pool_wait_ms";
    public static final String PG_CONNECTIONS = "pg_active_connections";
    public static final String PG_TPS = "pg_transactions_per_second";
    public static final String PG_QUERY_P95 = "pg_query_latency_p95_ms";
    public static final String PG_REPLICATION_LAG = "pg_replication_lag_seconds";
    public static final String CACHE_HIT_RATIO = "cache_hit_ratio";
    public static final String CACHE_OPS = "cache_operations_per_second";
    public static final String CACHE_EVICTIONS = "cache_evictions_per_second";
    public static final String QUEUE_DEPTH = "queue_depth_messages";
    public static final String QUEUE_IN = "queue_messages_in_per_second";
    public static final String CONSUMER_LAG = "queue_consumer_lag_seconds";
    public static final String NOTIFICATIONS_SENT = "notifications_sent_per_second";
    public static final String BATCH_RECORDS = "batch_records_processed_per_second";
    public static final String BATCH_RUNNING = "batch_job_running";

    private static final List<MetricDescriptor> DESCRIPTORS = List.of(
            gauge(REQUEST_RATE, "1/s", "Requests handled per second"),
            gauge(ERROR_RATIO, "ratio", "Share of requests answered with a 5xx status or failed"),
            gauge(LATENCY_P50, "ms", "Median request latency"),
            gauge(LATENCY_P95, "ms", "95th percentile request latency"),
            gauge(LATENCY_P99, "ms", "99th percentile request latency"),
            gauge(RESPONSES, "1/s", "Responses per second by status class (label code_class: 2xx, 4xx, 5xx)"),
            gauge(CPU, "cores", "CPU used by all pods of the service"),
            gauge(MEMORY, "bytes", "Memory working set of all pods of the service"),
            gauge(GC_PAUSE, "ms", "Longest garbage-collection pause in the interval, over all pods"),
            new MetricDescriptor(RESTARTS, "sum", "1", "Container restarts since the start of the window (OOM kills, crashes)"),
            gauge(POOL_IN_USE, "connections", "JDBC connections borrowed from the pool, all pods (label pool)"),
            gauge(POOL_MAX, "connections", "Maximum size of the JDBC pool, all pods (label pool)"),
            gauge(POOL_WAIT, "ms", "Average time a request waited to borrow a connection (label pool)"),
            gauge(PG_CONNECTIONS, "connections", "Server connections in state active"),
            gauge(PG_TPS, "1/s", "Committed transactions per second"),
            gauge(PG_QUERY_P95, "ms", "95th percentile statement duration"),
            gauge(PG_REPLICATION_LAG, "s", "Replay lag of the streaming replica"),
            gauge(CACHE_HIT_RATIO, "ratio", "Share of reads served from the cache (label keyspace)"),
            gauge(CACHE_OPS, "1/s", "Cache commands per second"),
            gauge(CACHE_EVICTIONS, "1/s", "Keys evicted per second under maxmemory"),
            gauge(QUEUE_DEPTH, "messages", "Messages published but not yet consumed (label topic)"),
            gauge(QUEUE_IN, "1/s", "Messages published per second, all topics"),
            gauge(CONSUMER_LAG, "s", "How far the consumer group is behind the newest message (label topic)"),
            gauge(NOTIFICATIONS_SENT, "1/s", "Notifications sent per second (label channel: email, push)"),
            gauge(BATCH_RECORDS, "1/s", "Settlement records reconciled per second"),
            gauge(BATCH_RUNNING, "1", "1 while a reconciliation run is in progress, else 0"));

    private MetricCatalogue() {
    }

    public static List<MetricDescriptor> descriptors() {
        return DESCRIPTORS;
    }

    private static MetricDescriptor gauge(String name, String unit, String description) {
        return new MetricDescriptor(name, "gauge", unit, description);
    }
}
