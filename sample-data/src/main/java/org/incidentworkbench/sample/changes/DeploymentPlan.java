package org.incidentworkbench.sample.changes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A deployment to be. {@code key} names it within the sample (the ground truth refers to it);
 * {@code rollbackOf} is the key of the deployment it reverts, null for a forward release.
 */
public record DeploymentPlan(String key, String service, Instant start, Duration rollout, String deployType,
                             String triggeredBy, List<CommitPlan> commits, String rollbackOf) {
    public DeploymentPlan {
        commits = List.copyOf(commits);
    }

    public Instant finish() {
        return start.plus(rollout);
    }

    public static DeploymentPlan release(String key, String service, Instant start, Duration rollout, String deployType,
                                         String triggeredBy, List<CommitPlan> commits) {
        return new DeploymentPlan(key, service, start, rollout, deployType, triggeredBy, commits, null);
    }

    public static DeploymentPlan rollback(String key, DeploymentPlan of, Instant start, Duration rollout, String by) {
        return new DeploymentPlan(key, of.service(), start, rollout, of.deployType(), by, List.of(), of.key());
    }
}
