package org.incidentworkbench.sample.scenario;

import static org.incidentworkbench.sample.system.ServiceCatalogue.CATALOG;
import static org.incidentworkbench.sample.system.ServiceCatalogue.CHECKOUT;
import static org.incidentworkbench.sample.system.ServiceCatalogue.EDGE_GATEWAY;
import static org.incidentworkbench.sample.system.ServiceCatalogue.PAYMENTS;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.incidentworkbench.sample.changes.CommitPlan;
import org.incidentworkbench.sample.changes.ConfigChangePlan;
import org.incidentworkbench.sample.changes.DeploymentPlan;
import org.incidentworkbench.sample.changes.RoutineCommits;
import org.incidentworkbench.sample.incidents.IncidentPlan;
import org.incidentworkbench.sample.system.ServiceCatalogue;
import org.incidentworkbench.sample.world.Envelope;
import org.incidentworkbench.sample.world.WorldInputs;
import org.incidentworkbench.sample.world.WorldState;

/**
 * The default scenario. A payments release shrinks the payments write pool from 50 to 10
 * connections per pod; payments holds a connection across the PSP call, so at afternoon traffic
 * the pool saturates: payments requests wait for connections and time out, checkout fails, the
 * edge returns 5xx. A catalog release two minutes later, a newsletter traffic bump and the hourly
 * batch job muddy the picture. Rolling payments back an hour later ends it.
 */
final class CheckoutDbPoolScript implements ScenarioScript {

    static final String CAUSE_KEY = "payments-release";
    private static final String POOL = "payments-rw";

    private final DeploymentPlan release;
    private final DeploymentPlan catalogRelease;
    private final DeploymentPlan rollback;
    private final Instant newsletter;

    CheckoutDbPoolScript(ServiceCatalogue catalogue, BaselineDay baseline, RandomGenerator rng) {
        StoryClock clock = new StoryClock(rng);
        List<CommitPlan> commits = new ArrayList<>();
        commits.add(PaymentsCommits.shrinkPool(rng));
        commits.add(PaymentsCommits.bumpPspSdk(rng));
        commits.add(PaymentsCommits.captureIdempotencyKey(rng));
        release = DeploymentPlan.release(CAUSE_KEY, PAYMENTS, clock.at(14, 2), baseline.rollout(PAYMENTS), "argo",
                "argocd", commits);
        catalogRelease = DeploymentPlan.release("catalog-release", CATALOG, clock.at(14, 4, 40), baseline.rollout(CATALOG),
                "argo", "argocd", RoutineCommits.forRelease(catalogue.service(CATALOG), 2, rng));
        rollback = DeploymentPlan.rollback("payments-rollback", release, clock.at(15, 3), baseline.rollout(PAYMENTS),
                "lukas.schmidt@shop.example");
        newsletter = clock.at(13, 45);
    }


    @Override
    public List<DeploymentPlan> deployments() {
        return List.of(release, catalogRelease, rollback);
    }

    @Override
    public List<ConfigChangePlan> configChanges() {
        return List.of();
    }

    @Override
    public void shape(WorldInputs in) {
        in.changePoolSize(POOL, release.start(), release.finish(), PaymentsCommits.NEW_POOL_SIZE);
        in.changePoolSize(POOL, rollback.start(), rollback.finish(), PaymentsCommits.OLD_POOL_SIZE);
        in.scaleArrivals(EDGE_GATEWAY, newsletter, Envelope.plateau(6, 30, 20, 0.12));
    }

    @Override
    public IncidentPlan incident() {
        return new IncidentPlan(CHECKOUT, IncidentPlan.Signal.ERROR_RATIO, 0.05, release.start().minus(Duration.ofMinutes(30)),
                rollback.finish().plus(Duration.ofMinutes(30)), "error_rate_spike", 2, "triaged",
                "Checkout error rate at %.0f%% (objective: 99.5%% success)", "approved",
                "5xx ratio above 5% for 2 minutes on a tier-1 service; paged checkout on-call.", null);
    }

    @Override
    public Cause cause() {
        return new Cause(PAYMENTS, "release", CAUSE_KEY,
                "The payments release cut the HikariCP maximum-pool-size of the payments-rw pool from 50 to 10 per pod. "
                        + "Payments holds a connection across the PSP call, so afternoon traffic needed more connections "
                        + "than the pool had: requests waited for the 3 s connection timeout and failed, and checkout failed with them.");
    }

    /** The first step after the release starts in which payments wants every connection of its write pool. */
    @Override
    public Instant onset(WorldState world) {
        for (int i = world.timeline().index(release.start()); i < world.timeline().steps(); i++) {
            if (world.poolInUse(POOL, i) >= world.poolMax(POOL, i) * 0.999) {
                return world.timeline().instant(i);
            }
        }
        throw new IllegalStateException("the payments pool never saturated");
    }

    @Override
    public String oncallNote() {
        return "Checkout 5xx started right after the afternoon deploys (payments and catalog). Payments logs are full of "
                + "HikariPool timeouts. Rolled payments back to the previous revision as a precaution; errors are dropping. "
                + "Not yet clear whether the catalog release played a part.";
    }
}
