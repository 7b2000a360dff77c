package org.incidentworkbench.sample.metrics;

import java.util.Map;
import java.util.random.RandomGenerator;

/** One series a service reports and how to measure it at a step, noise included. */
record SeriesPlan(String service, String metric, Map<String, String> labels, StepValue value) {

    SeriesPlan {
        labels = Map.copyOf(labels);
    }

    @FunctionalInterface
    interface StepValue {
        double at(int step, RandomGenerator rng);
    }
}
