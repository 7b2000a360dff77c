package org.incidentworkbench.sample.metrics;

import static org.incidentworkbench.sample.metrics.MetricCatalogue.*;
import static org.incidentworkbench.sample.metrics.Measurement.jitter;
import static org.incidentworkbench.sample.metrics.Measurement.ratio;
import static org.incidentworkbench.sample.metrics.Measurement.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incidentworkbench.analysis.topology.ServiceKind;
import org.incidentworkbench.sample.system.PoolSpec;
import org.incidentworkbench.sample.system.ServiceCatalogue;
import org.incidentworkbench.sample.system.ServiceSpec;
import org.incidentworkbench.sample.world.DataServices;
import org.incidentworkbench.sample.world.Symptom;
import org.incidentworkbench.sample.world.WorldState;

/**
 * Which series every service reports and how each is read off the simulated world: the request
 * metrics of everything that serves requests, resources of everything in the cluster, GC of the
 * JVMs, pools, and the database's, cache's, queue's and batch job's own metrics.
 */
final class SeriesCatalogue {

    private static final double MB = 1024 * 1024;
    /** A pool whose borrowers wait this long has lent every connection it has. */
    private static final double SATURATED_WAIT_MS = 50;

    private final WorldState w;
    private final double stepSeconds;
    private final List<SeriesPlan> plans = new ArrayList<>();

    private SeriesCatalogue(WorldState world) {
        this.w = world;
        this.stepSeconds = world.timeline().stepSeconds();
    }

    static List<SeriesPlan> of(WorldState world) {
        SeriesCatalogue c = new SeriesCatalogue(world);
        for (ServiceSpec s : world.catalogue().services()) {
            c.addService(s);
        }
        return List.copyOf(c.plans);
    }

    private void add(String service, String metric, Map<String, String> labels, SeriesPlan.StepValue value) {
        plans.add(new SeriesPlan(service, metric, labels, value));
    }

    private void addService(ServiceSpec s) {
        String n = s.name();
        if (s.servesHttp()) {
            add(n, REQUEST_RATE, Map.of(), (i, r) -> round(jitter(r, w.rps(n, i), 0.03), 2));
            add(n, ERROR_RATIO, Map.of(), (i, r) -> round(ratio(r, w.errorRatio(n, i), w.rps(n, i) * stepSeconds), 5));
            add(n, LATENCY_P50, Map.of(), (i, r) -> round(jitter(r, w.p50(n, i), 0.04), 1));
            add(n, LATENCY_P95, Map.of(), (i, r) -> round(jitter(r, w.p95(n, i), 0.06), 1));
            add(n, LATENCY_P99, Map.of(), (i, r) -> round(jitter(r, w.p99(n, i), 0.09), 1));
        }
        if (s.kind() == ServiceKind.EDGE) {
            addEdgeResponses(n);
        }
        if (s.inCluster()) {
            add(n, CPU, Map.of(), (i, r) -> round(jitter(r, w.cpuCores(n, i), 0.04), 3));
            add(n, MEMORY, Map.of(), (i, r) -> Math.round(jitter(r, w.memoryMb(n, i), 0.005) * MB));
            add(n, RESTARTS, Map.of(), (i, r) -> w.restarts(n, i));
        }
        if (s.jvm()) {
            add(n, GC_PAUSE, Map.of(), (i, r) -> round(jitter(r, w.gcPauseMs(n, i), 0.15), 1));
        }
        for (PoolSpec pool : w.catalogue().poolsOf(n)) {
            addPool(pool.name());
        }
        switch (s.kind()) {
            case DATABASE -> addDatabase(n);
            case CACHE -> addCache(n);
            case QUEUE -> addQueue(n);
            default -> addWorker(n);
        }
    }

    private void addEdgeResponses(String n) {
        add(n, RESPONSES, Map.of("code_class", "2xx"),
                (i, r) -> round(jitter(r, w.rps(n, i) * (0.975 - w.errorRatio(n, i)), 0.03), 2));
        add(n, RESPONSES, Map.of("code_class", "4xx"), (i, r) -> round(jitter(r, w.rps(n, i) * 0.025
                + w.symptom(n, Symptom.RATE_LIMITED, "")[i], 0.05), 2));
        add(n, RESPONSES, Map.of("code_class", "5xx"),
                (i, r) -> round(w.rps(n, i) * ratio(r, w.errorRatio(n, i), w.rps(n, i) * stepSeconds), 3));
    }

    private void addPool(String pool) {
        String owner = w.catalogue().pools().get(w.catalogue().poolIndex(pool)).owner();
        Map<String, String> labels = Map.of("pool", pool);
        // A pool cannot lend more than it has: while requests wait for connections the gauge sits exactly at the maximum.
        add(owner, POOL_IN_USE, labels, (i, r) -> w.poolWaitMs(pool, i) >= SATURATED_WAIT_MS ? w.poolMax(pool, i)
                : Math.min(w.poolMax(pool, i), Math.round(jitter(r, w.poolInUse(pool, i), 0.06))));
        add(owner, POOL_MAX, labels, (i, r) -> Math.round(w.poolMax(pool, i)));
        add(owner, POOL_WAIT, labels, (i, r) -> round(jitter(r, w.poolWaitMs(pool, i), 0.1), 2));
    }

    private void addDatabase(String n) {
        add(n, PG_CONNECTIONS, Map.of(), (i, r) -> {
            double active = 4;
            for (PoolSpec p : w.catalogue().pools()) {
                active += w.poolInUse(p.name(), i);
            }
            return Math.round(jitter(r, active, 0.05));
        });
        add(n, PG_TPS, Map.of(), (i, r) -> round(jitter(r, 0.7 * w.rps(n, i), 0.03), 1));
        add(n, PG_QUERY_P95, Map.of(), (i, r) -> round(jitter(r, w.p95(n, i), 0.08), 2));
        add(n, PG_REPLICATION_LAG, Map.of(), (i, r) -> round(jitter(r, 0.02 + 0.08 * w.utilisation(n, i), 0.3), 3));
    }

    private void addCache(String n) {
        for (int k = 0; k < DataServices.KEYSPACES.size(); k++) {
            int keyspace = k;
            add(n, CACHE_HIT_RATIO, Map.of("keyspace", DataServices.KEYSPACES.get(k)),
                    (i, r) -> round(Math.min(1, w.cacheHitRatio(keyspace, i) + 0.002 * r.nextGaussian()), 4));
        }
        add(n, CACHE_OPS, Map.of(), (i, r) -> round(jitter(r, w.rps(n, i), 0.03), 1));
        add(n, CACHE_EVICTIONS, Map.of(), (i, r) -> round(jitter(r, 2 + 40 * (1 - w.cacheHitRatio(0, i)), 0.2), 2));
    }

    private void addQueue(String n) {
        List<String> topics = DataServices.TOPICS;
        // Messages per order: the order event, a payment event for about half, and the notification requests.
        double[] share = {1.0, 0.45, 1.4};
        for (int t = 0; t < topics.size(); t++) {
            int topic = t;
            add(n, QUEUE_DEPTH, Map.of("topic", topics.get(t)), (i, r) -> Math.round(jitter(r,
                    w.rps(n, i) * share[topic] * w.consumerLagSeconds(topic, i), 0.1)));
        }
        add(n, QUEUE_IN, Map.of(), (i, r) -> round(jitter(r, w.rps(n, i) * (share[0] + share[1] + share[2]), 0.04), 1));
        add(n, CONSUMER_LAG, Map.of("topic", topics.get(0)),
                (i, r) -> round(jitter(r, w.consumerLagSeconds(0, i), 0.1), 2));
    }

    private void addWorker(String n) {
        if (n.equals(ServiceCatalogue.RECONCILIATION_BATCH)) {
            add(n, BATCH_RECORDS, Map.of(), (i, r) -> round(jitter(r, w.rps(n, i), 0.05), 1));
            add(n, BATCH_RUNNING, Map.of(), (i, r) -> w.rps(n, i) > 1 ? 1 : 0);
        } else if (n.equals(ServiceCatalogue.NOTIFICATIONS)) {
            add(n, NOTIFICATIONS_SENT, Map.of("channel", "email"),
                    (i, r) -> round(jitter(r, w.rps(n, i) * (1 - w.errorRatio(n, i)), 0.05), 2));
            add(n, NOTIFICATIONS_SENT, Map.of("channel", "push"),
                    (i, r) -> round(jitter(r, 0.6 * w.rps(n, i) * (1 - w.errorRatio(n, i)), 0.05), 2));
        }
    }
}
