package org.incidentworkbench.sample.world;

import java.time.Instant;

/** Pods of {@code service} being replaced one after another between {@code start} and {@code end} (a deployment or a restart). */
public record Rollout(String service, Instant start, Instant end) {
}
