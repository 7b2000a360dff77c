package org.incidentworkbench.sample.scenario;

import static org.incidentworkbench.sample.system.ServiceCatalogue.AUTH;
import static org.incidentworkbench.sample.system.ServiceCatalogue.CART;
import static org.incidentworkbench.sample.system.ServiceCatalogue.CATALOG;
import static org.incidentworkbench.sample.system.ServiceCatalogue.CHECKOUT;
import static org.incidentworkbench.sample.system.ServiceCatalogue.EDGE_GATEWAY;
import static org.incidentworkbench.sample.system.ServiceCatalogue.NOTIFICATIONS;
import static org.incidentworkbench.sample.system.ServiceCatalogue.RECONCILIATION_BATCH;
import static org.incidentworkbench.sample.system.ServiceCatalogue.SEARCH;
import static org.incidentworkbench.sample.system.ServiceCatalogue.SHOP_POSTGRES;
import static org.incidentworkbench.sample.system.ServiceCatalogue.WEB_FRONTEND;
import static org.incidentworkbench.sample.timeline.IncidentDay.at;
import static org.incidentworkbench.sample.timeline.IncidentDay.dayBeforeAt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.incidentworkbench.sample.changes.ConfigChangePlan;
import org.incidentworkbench.sample.changes.DeploymentPlan;
import org.incidentworkbench.sample.changes.RoutineCommits;
import org.incidentworkbench.sample.incidents.IncidentPlan;
import org.incidentworkbench.sample.system.ServiceCatalogue;
import org.incidentworkbench.sample.timeline.Timeline;
import org.incidentworkbench.sample.world.DataServices;
import org.incidentworkbench.sample.world.Envelope;
import org.incidentworkbench.sample.world.Symptom;
import org.incidentworkbench.sample.world.WorldInputs;

/**
 * What happens on any day, whatever the scenario: routine releases during working hours, the
 * autoscaler following the traffic, a schema change, the reconciliation batch running every hour
 * (and noisily at night), the notification consumers rebalancing now and then, and two minor
 * incidents, one suppressed and one resolved.
 */
public final class BaselineDay {

    /** web-frontend pods in the afternoon, after the autoscaler's midday scale-out. */
    public static final int FRONTEND_AFTERNOON_REPLICAS = 8;

    private final ServiceCatalogue catalogue;
    private final RandomGenerator rng;
    private final Instant searchRelease;

    public BaselineDay(ServiceCatalogue catalogue, RandomGenerator rng) {
        this.catalogue = catalogue;
        this.rng = rng;
        this.searchRelease = at(9, 34).plusSeconds(rng.nextInt(120));
    }

    public List<DeploymentPlan> deployments() {
        return List.of(
                release("cart-release", CART, dayBeforeAt(16, 42), "argo", 2),
                release("notifications-release", NOTIFICATIONS, dayBeforeAt(17, 55), "helm", 1),
                release("auth-release", AUTH, at(8, 12), "argo", 2),
                DeploymentPlan.release("search-release", SEARCH, searchRelease, rollout(SEARCH), "argo", "argocd",
                        RoutineCommits.forRelease(catalogue.service(SEARCH), 2, rng)),
                release("web-frontend-release", WEB_FRONTEND, at(11, 20), "argo", 2),
                release("checkout-release", CHECKOUT, at(12, 41), "argo", 1),
                release("edge-gateway-release", EDGE_GATEWAY, at(13, 16), "helm", 1));
    }

    private DeploymentPlan release(String key, String service, Instant around, String type, int commits) {
        Instant start = around.plusSeconds(rng.nextInt(-240, 240));
        return DeploymentPlan.release(key, service, start, rollout(service), type,
                "helm".equals(type) ? "jenkins" : "argocd", RoutineCommits.forRelease(catalogue.service(service), commits, rng));
    }

    /** A rolling update replaces one pod about every 80 seconds. */
    Duration rollout(String service) {
        return Duration.ofSeconds(60 + 80L * Math.max(1, catalogue.service(service).replicas()));
    }

    public List<ConfigChangePlan> configChanges() {
        return List.of(
                new ConfigChangePlan("orders-index", SHOP_POSTGRES, dayBeforeAt(21, 30), "db_schema", "db_schema_alter",
                        "orders", "index", "(none)", "CREATE INDEX CONCURRENTLY idx_orders_created_at ON orders (created_at)",
                        "flyway"),
                ConfigChangePlan.scale("frontend-night-scale-in", WEB_FRONTEND, dayBeforeAt(23, 5), 6, 4),
                new ConfigChangePlan("batch-cpu-limit", RECONCILIATION_BATCH, at(2, 10), "k8s_deployment", "resource_limit",
                        RECONCILIATION_BATCH, "spec.template.spec.containers[0].resources.limits.cpu", "1500m", "2000m",
                        "olivia.brown@shop.example"),
                ConfigChangePlan.scale("frontend-morning-scale-out", WEB_FRONTEND, at(7, 40), 4, 6),
                new ConfigChangePlan("catalog-recommendations-flag", CATALOG, at(10, 5), "k8s_configmap", "configmap_key",
                        "catalog-config", "feature.recommendations.v2", "false", "true", "priya.raman@shop.example"),
                ConfigChangePlan.scale("frontend-midday-scale-out", WEB_FRONTEND, at(11, 52), 6, FRONTEND_AFTERNOON_REPLICAS),
                new ConfigChangePlan("search-cache-ttl", SEARCH, at(12, 20), "k8s_deployment", "env_var", SEARCH,
                        "SEARCH_RESULT_CACHE_TTL", "300s", "600s", "tom.eriksen@shop.example"));
    }

    /** The batch runs, consumer rebalances and cold caches after the search release. */
    public void shape(WorldInputs in) {
        Timeline t = in.timeline();
        Instant firstHour = t.start().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        for (Instant hour = firstHour; hour.isBefore(t.end()); hour = hour.plus(Duration.ofHours(1))) {
            boolean nightly = hour.equals(at(3, 0));
            Instant start = hour.plusSeconds(rng.nextInt(50));
            double minutes = nightly ? 32 : 6 + rng.nextInt(4);
            in.addArrivals(RECONCILIATION_BATCH, start,
                    Envelope.plateau(1, minutes, 1, ServiceCatalogue.BATCH_RECORDS_PER_SECOND * (0.8 + 0.4 * rng.nextDouble())));
            in.addFaultErrors(RECONCILIATION_BATCH, start, Envelope.plateau(1, minutes, 1, nightly ? 0.07 : 0.008));
        }
        for (Instant rebalance : List.of(dayBeforeAt(19, 20), at(2, 40), at(6, 15), at(11, 5), at(15, 25))) {
            in.addEvent(NOTIFICATIONS, Symptom.REBALANCE, DataServices.TOPICS.get(0), rebalance.plusSeconds(rng.nextInt(300)));
        }
        in.addFaultDelay(SEARCH, searchRelease.plus(rollout(SEARCH)).minusSeconds(60), Envelope.plateau(1, 9, 6, 420));
    }

    public List<IncidentPlan> minorIncidents() {
        List<IncidentPlan> plans = new ArrayList<>();
        plans.add(new IncidentPlan(RECONCILIATION_BATCH, IncidentPlan.Signal.ERROR_RATIO, 0.03, at(2, 55), at(4, 0),
                "custom", 4, "suppressed", "reconciliation-batch error ratio at %.0f%% during the nightly settlement run",
                "suppressed", "Known noisy nightly settlement run: PSP rate limits are retried by the job. Batch jobs do not page (policy batch-jobs-non-paging).",
                null));
        plans.add(new IncidentPlan(SEARCH, IncidentPlan.Signal.P99_LATENCY, 900, at(9, 30), at(10, 40),
                "p99_regression", 4, "resolved", "search p99 latency at %.0f ms",
                "approved", "p99 above the 900 ms objective for 2 minutes; non-paging ticket for the discovery team.",
                "Result caches were cold after the search release; latency recovered on its own once they warmed up."));
        return plans;
    }
}
