package org.incidentworkbench.sample.system;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.analysis.topology.ServiceKind;
import org.incidentworkbench.sample.random.RandomIds;
import org.incidentworkbench.sample.timeline.Timeline;
import org.incidentworkbench.sample.world.Rollout;
import org.incidentworkbench.sample.world.WorldState;

/**
 * The pods each service runs as over the window. Deployments get a new replica-set hash with every
 * rollout ({@code payments-7d9f8c6b5-x2kqp}); the database, cache and queue are stateful sets
 * ({@code kafka-0}). A rollout's new pods take over halfway through it.
 */
public final class PodRoster {

    private static final int NODES = 9;

    /** The pods of one service from {@code fromStep} on, until the next era. */
    private record Era(int fromStep, List<Pod> pods) {
    }

    private final ServiceCatalogue catalogue;
    private final WorldState world;
    private final List<List<Era>> eras = new ArrayList<>();

    private PodRoster(ServiceCatalogue catalogue, WorldState world) {
        this.catalogue = catalogue;
        this.world = world;
    }

    public static PodRoster of(WorldState world, RandomGenerator rng) {
        ServiceCatalogue catalogue = world.catalogue();
        Timeline t = world.timeline();
        PodRoster roster = new PodRoster(catalogue, world);
        List<String> nodes = new ArrayList<>();
        for (int n = 0; n < NODES; n++) {
            nodes.add("ip-10-42-" + (1 + n % 3) + "-" + (10 + rng.nextInt(240)) + ".eu-west-1.compute.internal");
        }
        for (ServiceSpec s : catalogue.services()) {
            int maxPods = 1;
            for (int i = 0; i < t.steps(); i++) {
                maxPods = Math.max(maxPods, world.replicas(s.name(), i));
            }
            List<Era> list = new ArrayList<>();
            list.add(new Era(0, pods(s, maxPods, nodes, rng)));
            for (Rollout r : world.rollouts()) {
                long midpoint = (Micros.of(r.start()) + Micros.of(r.end())) / 2;
                if (r.service().equals(s.name()) && midpoint >= t.startMicros() && midpoint < t.endMicros()) {
                    list.add(new Era((int) ((midpoint - t.startMicros()) / t.stepMicros()), pods(s, maxPods, nodes, rng)));
                }
            }
            list.sort(java.util.Comparator.comparingInt(Era::fromStep));
            roster.eras.add(list);
        }
        return roster;
    }

    private static List<Pod> pods(ServiceSpec s, int count, List<String> nodes, RandomGenerator rng) {
        boolean stateful = s.kind() == ServiceKind.DATABASE || s.kind() == ServiceKind.CACHE || s.kind() == ServiceKind.QUEUE;
        String replicaSet = RandomIds.podSuffix(rng, 9 + rng.nextInt(2));
        List<Pod> pods = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String name = stateful ? s.name() + "-" + k : s.name() + "-" + replicaSet + "-" + RandomIds.podSuffix(rng, 5);
            String ip = "10.42." + rng.nextInt(256) + "." + (2 + rng.nextInt(250));
            pods.add(new Pod(name, nodes.get(rng.nextInt(nodes.size())), ip));
        }
        return pods;
    }

    /** A pod of {@code service} running at {@code step}, picked at random among its replicas. */
    public Pod pick(String service, int step, RandomGenerator rng) {
        List<Era> list = eras.get(catalogue.index(service));
        Era era = list.get(0);
        for (Era e : list) {
            if (e.fromStep() <= step) {
                era = e;
            }
        }
        int running = Math.max(1, Math.min(era.pods().size(), world.replicas(service, step)));
        return era.pods().get(rng.nextInt(running));
    }
}
