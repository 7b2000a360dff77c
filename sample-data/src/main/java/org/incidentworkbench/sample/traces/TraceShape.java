package org.incidentworkbench.sample.traces;

import java.util.function.ToDoubleBiFunction;
import org.incidentworkbench.sample.world.WorldState;

/** A kind of request the shop serves: its hops from the edge down, and how many arrive per second at a step. */
record TraceShape(String name, Hop root, ToDoubleBiFunction<WorldState, Integer> ratePerSecond) {
}
