package org.incidentworkbench.sample.incidents;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.incidentworkbench.analysis.changes.ConfigChangeEvent;
import org.incidentworkbench.analysis.changes.DeploymentCommitRange;
import org.incidentworkbench.analysis.changes.DeploymentEvent;
import org.incidentworkbench.analysis.topology.ServiceKind;
import org.incidentworkbench.sample.changes.ChangeHistory;
import org.incidentworkbench.sample.system.Call;
import org.incidentworkbench.sample.system.PoolSpec;
import org.incidentworkbench.sample.system.ServiceCatalogue;
import org.incidentworkbench.sample.system.ServiceSpec;
import org.incidentworkbench.sample.timeline.Timeline;
import org.incidentworkbench.sample.world.WorldState;

/**
 * The first pass of a simple triage bot, as it would run when the alert fires: "what changed just
 * before?" first, then traffic, failing dependencies, saturated pools, restarting pods and the
 * batch job. It trusts timing over evidence, so the most recent change tends to win whatever it
 * touched; that is the point of having it in the sample.
 */
final class NaiveTriageBot {

    private static final Duration CHANGE_HORIZON = Duration.ofMinutes(90);
    private static final Duration RECENT = Duration.ofMinutes(10);
    private static final double MIN_SCORE = 0.15;
    private static final int MAX_HYPOTHESES = 7;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final WorldState world;
    private final ChangeHistory changes;
    private final ServiceCatalogue catalogue;
    private final Timeline timeline;
    private final Instant fired;
    /** The incident's service and everything it waits on, directly or not. */
    private final Set<String> blastRadius = new TreeSet<>();

    NaiveTriageBot(WorldState world, ChangeHistory changes, DetectedIncident incident) {
        this.world = world;
        this.changes = changes;
        this.catalogue = world.catalogue();
        this.timeline = world.timeline();
        this.fired = incident.fired();
        downstream(incident.plan().service());
    }

    /** The bot's candidates, best first. */
    List<Candidate> rank() {
        List<Candidate> all = new ArrayList<>();
        for (DeploymentEvent d : changes.deployments()) {
            boolean rollback = changes.ranges().stream().anyMatch(r -> r.deploymentId().equals(d.id()) && r.rollback());
            if (!rollback && recent(d.startedAt(), fired)) {
                all.add(release(d, fired));
            }
        }
        for (ConfigChangeEvent c : changes.configChanges()) {
            if (recent(c.detectedAt(), fired)) {
                all.add(configChange(c, fired));
            }
        }
        traffic(fired, all);
        dependencies(fired, all);
        pools(fired, all);
        restarts(fired, all);
        batch(fired, all);
        return all.stream().filter(c -> c.score() >= MIN_SCORE)
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::title))
                .limit(MAX_HYPOTHESES).toList();
    }

    private void downstream(String service) {
        if (blastRadius.add(service)) {
            for (Call c : catalogue.callsFrom(service)) {
                if (c.synchronous()) {
                    downstream(c.callee());
                }
            }
        }
    }

    private boolean recent(Instant change, Instant fired) {
        return !change.isBefore(fired.minus(CHANGE_HORIZON)) && !change.isAfter(fired.plus(Duration.ofMinutes(2)));
    }

    /** Closer to the alert scores higher; a change to something the incident depends on a little higher still. */
    private double proximity(Instant change, Instant fired, String service, double base, double weight) {
        double minutes = Math.abs(Duration.between(change, fired).toSeconds()) / 60.0;
        return base + weight * Math.exp(-minutes / 20) + (service != null && blastRadius.contains(service) ? 0.05 : 0);
    }

    private Candidate release(DeploymentEvent d, Instant fired) {
        DeploymentCommitRange range = changes.ranges().stream().filter(r -> r.deploymentId().equals(d.id())).findFirst().orElseThrow();
        ServiceSpec service = catalogue.service(d.serviceName());
        String repo = ChangeHistory.repo(service);
        String diff = "https://" + repo + "/compare/" + range.previousRevision().substring(0, 7) + "..." + d.revision().substring(0, 7);
        long minutes = Duration.between(d.startedAt(), fired).toMinutes();
        return new Candidate("release", "Release of " + d.serviceName() + " at " + CLOCK.format(d.startedAt()) + ", "
                + minutes + " min before the alert (" + commits(range.commitShas().size()) + ")",
                proximity(d.startedAt(), fired, d.serviceName(), 0.3, 0.55),
                Map.of("deployment_event_id", d.id().toString(), "service", d.serviceName(), "revision", d.revision(),
                        "minutes_before_alert", Long.toString(minutes)),
                List.of(new EvidenceDraft("git_diff", "github", diff, Map.of("repo", repo, "commits",
                                String.join(",", range.commitShas()))),
                        new EvidenceDraft("k8s_event", "k8s", "k8s://" + service.cluster() + "/" + service.namespace()
                                + "/deployment/" + service.name(), Map.of("reason", "ScalingReplicaSet",
                                "message", "Rolled out " + d.imageRef()))));
    }

    private static String commits(int n) {
        return n == 1 ? "1 commit" : n + " commits";
    }

    private Candidate configChange(ConfigChangeEvent c, Instant fired) {
        String type = switch (c.changeKind()) {
            case "replica_count", "resource_limit" -> "infra";
            case "db_schema_alter" -> "db";
            default -> "release";
        };
        String what = c.serviceName() == null ? c.resourceName() : c.serviceName();
        return new Candidate(type, "Config change " + c.changeKind() + " on " + what + " at " + CLOCK.format(c.detectedAt()),
                proximity(c.detectedAt(), fired, c.serviceName(), 0.25, 0.45),
                Map.of("config_change_id", c.id().toString(), "resource", c.resourceName(), "change_kind", c.changeKind()),
                List.of(new EvidenceDraft("k8s_event", "k8s", c.auditLogRef() == null ? "k8s://" + c.resourceName() : c.auditLogRef(),
                        Map.of("diff", c.diffPayloadJson()))));
    }

    private void traffic(Instant fired, List<Candidate> out) {
        double now = mean(ServiceCatalogue.EDGE_GATEWAY, fired.minus(RECENT), fired);
        double before = mean(ServiceCatalogue.EDGE_GATEWAY, fired.minus(Duration.ofMinutes(70)), fired.minus(RECENT));
        double ratio = before > 0 ? now / before : 1;
        if (ratio > 1.05) {
            String query = "sum(rate(http_requests_total{service=\"edge-gateway\"}[5m]))";
            out.add(new Candidate("traffic", String.format(Locale.ROOT, "Traffic at the edge up %.0f%% on the previous hour",
                    (ratio - 1) * 100), 0.2 + Math.min(0.5, (ratio - 1) * 0.8),
                    Map.of("ratio", String.format(Locale.ROOT, "%.2f", ratio)),
                    List.of(new EvidenceDraft("prom_query", "prometheus", "promql:" + query, Map.of("query", query)))));
        }
    }

    private void dependencies(Instant fired, List<Candidate> out) {
        for (String name : blastRadius) {
            ServiceSpec s = catalogue.service(name);
            if (s.kind() != ServiceKind.EXTERNAL && s.kind() != ServiceKind.DATABASE && s.kind() != ServiceKind.CACHE) {
                continue;
            }
            double rise = meanOwnErrors(name, fired.minus(RECENT), fired) - meanOwnErrors(name, fired.minus(Duration.ofMinutes(70)), fired.minus(RECENT));
            if (rise > 0.02) {
                String query = "sum(rate(http_client_requests_total{peer_service=\"" + name + "\",outcome=\"SERVER_ERROR\"}[5m]))";
                out.add(new Candidate("dependency", String.format(Locale.ROOT, "%s failing: error ratio up %.0f points", name, rise * 100),
                        0.25 + Math.min(0.35, rise), Map.of("service", name),
                        List.of(new EvidenceDraft("prom_query", "prometheus", "promql:" + query, Map.of("query", query)))));
            }
        }
    }

    private void pools(Instant fired, List<Candidate> out) {
        for (PoolSpec pool : catalogue.pools()) {
            if (!blastRadius.contains(pool.owner())) {
                continue;
            }
            double worst = 0;
            for (int i = timeline.index(fired.minus(RECENT)); i <= timeline.index(fired); i++) {
                worst = Math.max(worst, world.poolInUse(pool.name(), i) / world.poolMax(pool.name(), i));
            }
            if (worst >= 0.95) {
                String query = "db_pool_connections_in_use{pool=\"" + pool.name() + "\"} / db_pool_connections_max{pool=\"" + pool.name() + "\"}";
                String logs = "service='" + pool.owner() + "' AND severity='ERROR' AND body ILIKE '%Connection is not available%'";
                out.add(new Candidate("db", "Connection pool " + pool.name() + " of " + pool.owner() + " saturated", 0.4,
                        Map.of("pool", pool.name(), "service", pool.owner()),
                        List.of(new EvidenceDraft("prom_query", "prometheus", "promql:" + query, Map.of("query", query)),
                                new EvidenceDraft("clickhouse_query", "clickhouse", "logs:" + logs, Map.of("query", logs)))));
            }
        }
    }

    private void restarts(Instant fired, List<Candidate> out) {
        for (String name : blastRadius) {
            if (!catalogue.service(name).jvm()) {
                continue;
            }
            int from = timeline.index(fired.minus(Duration.ofMinutes(30)));
            int to = timeline.index(fired.plus(Duration.ofMinutes(10)));
            double kills = world.restarts(name, to) - world.restarts(name, from);
            double worstPause = 0;
            for (int i = from; i <= to; i++) {
                worstPause = Math.max(worstPause, world.gcPauseMs(name, i));
            }
            if (kills > 0 || worstPause > 500) {
                String query = "max(jvm_gc_pause_max_ms{service=\"" + name + "\"})";
                out.add(new Candidate("infra", String.format(Locale.ROOT, "%s under memory pressure: GC pauses up to %.0f ms, %d restarts",
                        name, worstPause, (long) kills), 0.3 + 0.05 * Math.min(3, kills), Map.of("service", name),
                        List.of(new EvidenceDraft("prom_query", "prometheus", "promql:" + query, Map.of("query", query)),
                                new EvidenceDraft("k8s_event", "k8s", "k8s://" + catalogue.service(name).namespace() + "/pods?selector=app=" + name,
                                        Map.of("reason", kills > 0 ? "OOMKilled" : "Unhealthy")))));
            }
        }
    }

    private void batch(Instant fired, List<Candidate> out) {
        String batch = ServiceCatalogue.RECONCILIATION_BATCH;
        if (mean(batch, fired.minus(Duration.ofMinutes(15)), fired.plus(Duration.ofMinutes(5))) > 1) {
            String query = "sum(rate(container_cpu_usage_seconds_total{namespace=\"batch\"}[5m]))";
            out.add(new Candidate("db", "reconciliation-batch run competing for shop-postgres", 0.18, Map.of("service", batch),
                    List.of(new EvidenceDraft("prom_query", "prometheus", "promql:" + query, Map.of("query", query)))));
        }
    }

    private double mean(String service, Instant from, Instant to) {
        double sum = 0;
        int n = 0;
        for (int i = timeline.index(from); i <= timeline.index(to); i++, n++) {
            sum += world.rps(service, i);
        }
        return sum / Math.max(1, n);
    }

    private double meanOwnErrors(String service, Instant from, Instant to) {
        double sum = 0;
        int n = 0;
        for (int i = timeline.index(from); i <= timeline.index(to); i++, n++) {
            sum += world.ownErrorRatio(service, i);
        }
        return sum / Math.max(1, n);
    }
}
