package org.incidentworkbench.sample.scenario;

import static org.incidentworkbench.sample.system.ServiceCatalogue.CART;
import static org.incidentworkbench.sample.system.ServiceCatalogue.CHECKOUT;
import static org.incidentworkbench.sample.system.ServiceCatalogue.INVENTORY;
import static org.incidentworkbench.sample.system.ServiceCatalogue.SHOP_POSTGRES;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;
import org.incidentworkbench.sample.changes.ConfigChangePlan;
import org.incidentworkbench.sample.changes.DeploymentPlan;
import org.incidentworkbench.sample.changes.RoutineCommits;
import org.incidentworkbench.sample.incidents.IncidentPlan;
import org.incidentworkbench.sample.system.ServiceCatalogue;
import org.incidentworkbench.sample.system.ServiceSpec;
import org.incidentworkbench.sample.world.WorldInputs;
import org.incidentworkbench.sample.world.WorldState;

/**
 * The morning's node-pool upgrade moves every pod onto a new node image. Inventory's old JVM does
 * not read the new image's memory limits and sizes its heap for the whole node, so its memory
 * creeps up all day; in the afternoon the pods hit their container limit one after another: GC
 * pauses grow, reservations time out, each pod is OOM-killed and restarts. Checkout fails on the
 * reservation step. No deployment or config change is at fault; a cart release and an autovacuum
 * tweak on the stock table are the distractors, raising the memory limit is the stopgap.
 */
final class MemoryPressureScript implements ScenarioScript {

    /** Heap share that creeps up per hour (at the usual memory limit). */
    private static final double LEAK_PER_HOUR = 0.086;
    /** Heap share past which the collector thrashes and requests start to time out. */
    private static final double THRASHING_HEAP = 0.93;
    private static final Duration DRAIN_PER_SERVICE = Duration.ofMinutes(3);

    private final Instant nodeUpgrade;
    private final Instant searchFrom;
    private final DeploymentPlan cartRelease;
    private final ConfigChangePlan autovacuum;
    private final ConfigChangePlan memoryLimit;

    MemoryPressureScript(ServiceCatalogue catalogue, BaselineDay baseline, RandomGenerator rng) {
        StoryClock clock = new StoryClock(rng);
        nodeUpgrade = clock.at(8, 50);
        searchFrom = clock.at(13, 30);
        cartRelease = DeploymentPlan.release("cart-release-afternoon", CART, clock.at(14, 6), baseline.rollout(CART),
                "argo", "argocd", RoutineCommits.forRelease(catalogue.service(CART), 2, rng));
        autovacuum = new ConfigChangePlan("stock-autovacuum", SHOP_POSTGRES, clock.at(13, 52), "db_schema",
                "db_schema_alter", "stock_levels", "autovacuum_vacuum_scale_factor", "0.2", "0.05", "hugo.dubois@shop.example");
        memoryLimit = new ConfigChangePlan("inventory-memory-limit", INVENTORY, clock.at(15, 2), "k8s_deployment",
                "resource_limit", INVENTORY, "spec.template.spec.containers[0].resources.limits.memory", "1Gi", "2Gi",
                "ingrid.larsen@shop.example");
    }


    @Override
    public List<DeploymentPlan> deployments() {
        return List.of(cartRelease);
    }

    @Override
    public List<ConfigChangePlan> configChanges() {
        return List.of(autovacuum, memoryLimit);
    }

    /** The upgrade drains the nodes one service after another; only inventory's pods start leaking. */
    @Override
    public void shape(WorldInputs in) {
        Instant drain = nodeUpgrade;
        for (ServiceSpec service : in.catalogue().services()) {
            if (service.inCluster() && service.replicas() > 1) {
                in.addRollout(service.name(), drain, drain.plus(DRAIN_PER_SERVICE));
                if (service.name().equals(INVENTORY)) {
                    in.addLeak(INVENTORY, drain.plus(DRAIN_PER_SERVICE), LEAK_PER_HOUR);
                }
                drain = drain.plus(DRAIN_PER_SERVICE);
            }
        }
    }

    @Override
    public IncidentPlan incident() {
        return new IncidentPlan(CHECKOUT, IncidentPlan.Signal.ERROR_RATIO, 0.04, searchFrom,
                memoryLimit.at().plus(Duration.ofMinutes(40)), "error_rate_spike", 2, "triaged",
                "Checkout error rate at %.0f%% in the reservation step", "approved",
                "5xx ratio above 4% for 2 minutes on a tier-1 service; paged checkout on-call.", null);
    }

    @Override
    public Cause cause() {
        return new Cause(INVENTORY, "infra", null,
                "Inventory pods ran out of memory: after the morning node-pool upgrade their JVM no longer saw the "
                        + "container limit and let the heap grow past it, until GC thrashing timed out reservations and "
                        + "the containers were OOM-killed.");
    }

    /** The first step at which an inventory pod's heap is full enough for requests to time out behind GC. */
    @Override
    public Instant onset(WorldState world) {
        for (int i = 0; i < world.timeline().steps(); i++) {
            if (world.heapFraction(INVENTORY, i) >= THRASHING_HEAP) {
                return world.timeline().instant(i);
            }
        }
        throw new IllegalStateException("inventory never came under memory pressure");
    }

    @Override
    public String oncallNote() {
        return "inventory pods OOMKilled one after another (exit code 137), each after a few minutes of multi-second GC "
                + "pauses. Raised the memory limit to 2Gi at 15:02 as a stopgap; heap dump requested for the fulfilment team.";
    }
}
