package org.incidentworkbench.sample.scenario;

import static org.incidentworkbench.sample.system.ServiceCatalogue.CATALOG;
import static org.incidentworkbench.sample.system.ServiceCatalogue.CHECKOUT;
import static org.incidentworkbench.sample.system.ServiceCatalogue.EDGE_GATEWAY;
import static org.incidentworkbench.sample.system.ServiceCatalogue.INVENTORY;
import static org.incidentworkbench.sample.system.ServiceCatalogue.PAYMENTS;
import static org.incidentworkbench.sample.system.ServiceCatalogue.SEARCH;
import static org.incidentworkbench.sample.system.ServiceCatalogue.WEB_FRONTEND;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;
import org.incidentworkbench.sample.changes.ConfigChangePlan;
import org.incidentworkbench.sample.changes.DeploymentPlan;
import org.incidentworkbench.sample.changes.RoutineCommits;
import org.incidentworkbench.sample.incidents.IncidentPlan;
import org.incidentworkbench.sample.system.ServiceCatalogue;
import org.incidentworkbench.sample.world.Envelope;
import org.incidentworkbench.sample.world.WorldInputs;
import org.incidentworkbench.sample.world.WorldState;

/**
 * Marketing sends a flash-sale push to every app user: traffic at the edge nearly triples within minutes,
 * shifted towards product pages, search and checkout. The storefront, catalog, search and checkout
 * run out of capacity and shed load until the autoscaler has added pods. No change is at fault; a
 * search release a few minutes earlier is the obvious suspect.
 */
final class TrafficSurgeScript implements ScenarioScript {

    /** Edge traffic this many times the usual counts as the surge. */
    private static final double SURGE_FACTOR = 1.3;

    private final Instant surge;
    private final DeploymentPlan searchRelease;
    private final List<ConfigChangePlan> autoscaling;

    TrafficSurgeScript(ServiceCatalogue catalogue, BaselineDay baseline, RandomGenerator rng) {
        StoryClock clock = new StoryClock(rng);
        surge = clock.at(14, 15);
        searchRelease = DeploymentPlan.release("search-ranking-release", SEARCH, clock.at(14, 8), baseline.rollout(SEARCH),
                "argo", "argocd", RoutineCommits.forRelease(catalogue.service(SEARCH), 2, rng));
        int frontend = BaselineDay.FRONTEND_AFTERNOON_REPLICAS;
        autoscaling = List.of(
                ConfigChangePlan.scale("hpa-frontend-1", WEB_FRONTEND, clock.at(14, 26, 10), frontend, 12),
                ConfigChangePlan.scale("hpa-catalog", CATALOG, clock.at(14, 27, 30), 4, 8),
                ConfigChangePlan.scale("hpa-search", SEARCH, clock.at(14, 29), 3, 6),
                ConfigChangePlan.scale("hpa-checkout", CHECKOUT, clock.at(14, 30), 3, 6),
                ConfigChangePlan.scale("hpa-payments", PAYMENTS, clock.at(14, 31, 30), 2, 4),
                ConfigChangePlan.scale("hpa-inventory", INVENTORY, clock.at(14, 32, 10), 3, 5),
                ConfigChangePlan.scale("hpa-frontend-2", WEB_FRONTEND, clock.at(14, 34, 40), 12, 16),
                ConfigChangePlan.scale("hpa-frontend-in", WEB_FRONTEND, clock.at(15, 38), 16, frontend),
                ConfigChangePlan.scale("hpa-catalog-in", CATALOG, clock.at(15, 40), 8, 4),
                ConfigChangePlan.scale("hpa-search-in", SEARCH, clock.at(15, 41), 6, 3),
                ConfigChangePlan.scale("hpa-checkout-in", CHECKOUT, clock.at(15, 43), 6, 3),
                ConfigChangePlan.scale("hpa-payments-in", PAYMENTS, clock.at(15, 44), 4, 2),
                ConfigChangePlan.scale("hpa-inventory-in", INVENTORY, clock.at(15, 45), 5, 3));
    }


    @Override
    public List<DeploymentPlan> deployments() {
        return List.of(searchRelease);
    }

    @Override
    public List<ConfigChangePlan> configChanges() {
        return autoscaling;
    }

    @Override
    public void shape(WorldInputs in) {
        Envelope sale = Envelope.plateau(4, 35, 40, 1.0);
        in.scaleArrivals(EDGE_GATEWAY, surge, m -> 1.8 * sale.at(m));
        in.scaleCallShare(WEB_FRONTEND, CATALOG, surge, m -> 0.25 * sale.at(m));
        in.scaleCallShare(WEB_FRONTEND, SEARCH, surge, m -> 0.4 * sale.at(m));
        in.scaleCallShare(WEB_FRONTEND, CHECKOUT, surge, m -> 0.15 * sale.at(m));
    }

    @Override
    public IncidentPlan incident() {
        return new IncidentPlan(WEB_FRONTEND, IncidentPlan.Signal.ERROR_RATIO, 0.03, surge.minus(Duration.ofMinutes(30)),
                surge.plus(Duration.ofMinutes(100)), "error_rate_spike", 2, "triaged",
                "Storefront error rate at %.0f%% and rising latency", "approved",
                "Storefront 5xx ratio above 3% for 2 minutes; paged storefront on-call.", null);
    }

    @Override
    public Cause cause() {
        return new Cause(EDGE_GATEWAY, "traffic", null,
                "A flash-sale push notification tripled traffic at the edge within minutes. The storefront, catalog, "
                        + "search and checkout ran past their capacity and shed load until the autoscaler had added pods.");
    }

    /** The first step at which edge traffic is well above what the daily curve predicts. */
    @Override
    public Instant onset(WorldState world) {
        double usual = ServiceCatalogue.PEAK_ENTRY_RPS;
        for (int i = world.timeline().index(surge.minus(Duration.ofMinutes(10))); i < world.timeline().steps(); i++) {
            if (world.rps(EDGE_GATEWAY, i) > SURGE_FACTOR * usual * world.load(i)) {
                return world.timeline().instant(i);
            }
        }
        throw new IllegalStateException("the traffic surge never reached the edge");
    }

    @Override
    public String oncallNote() {
        return "Edge traffic roughly tripled from 14:15; marketing confirms a flash-sale push to all app users went out "
                + "then. HPA is adding frontend, catalog and search pods and errors are easing. The search release just "
                + "before looks unrelated (same latency on the old pods).";
    }
}
