package org.incidentworkbench.sample.world;

import java.util.random.RandomGenerator;

/** Runs the models in dependency order: traffic, capacity, heaps, the failure cascade, the data services. */
public final class WorldSimulator {

    private WorldSimulator() {
    }

    /** Simulates the shop over the inputs' timeline; {@code rng} only varies the pods' leak speeds. */
    public static WorldState simulate(WorldInputs inputs, RandomGenerator rng) {
        WorldState w = new WorldState(inputs);
        TrafficFlow.run(inputs, w);
        RolloutSchedule rollouts = new RolloutSchedule(inputs, w);
        CapacityModel.run(inputs, w, rollouts);
        HeapModel.run(inputs, w, rollouts, rng);
        Cascade.run(inputs, w);
        DataServices.run(inputs, w, rollouts);
        return w;
    }
}
