package org.incidentworkbench.sample.world;

/**
 * Things that happen in a service that its logs talk about, beyond plain request handling. The
 * simulation records a continuous symptom as events per second, and a discrete one (a pod
 * starting) as the whole number of times it happened in each step.
 */
public enum Symptom {
    /** Requests that could not borrow a connection in time; subject: the pool. */
    POOL_TIMEOUT(false),
    /** A pool with every connection busy and requests waiting; subject: the pool. */
    POOL_SATURATED(false),
    /** Calls that failed because the callee failed; subject: the callee. */
    UPSTREAM_ERROR(false),
    /** Calls that gave up waiting for the callee; subject: the callee. */
    UPSTREAM_TIMEOUT(false),
    /** Requests rejected because the service was past its capacity. */
    OVERLOAD(false),
    /** Requests rejected by the edge's per-client rate limit. */
    RATE_LIMITED(false),
    /** Long garbage-collection pauses. */
    GC_PRESSURE(false),
    /** Containers killed for running out of memory. */
    OOM_KILL(true),
    /** Pods starting (deployments, restarts, scale-outs). */
    POD_START(true),
    /** Pods shut down gracefully by a rollout. */
    POD_STOP(true),
    /** Circuit-breaker state changes; subject: the protected dependency. */
    CIRCUIT_TRANSITION(false),
    /** Queries slower than the slow-query threshold. */
    SLOW_QUERY(false),
    /** The batch job working through records. */
    BATCH_RUNNING(false),
    /** A batch run starting. */
    BATCH_START(true),
    /** A batch run finishing. */
    BATCH_FINISH(true),
    /** A consumer group falling behind; subject: the topic. */
    CONSUMER_LAG(false),
    /** A consumer group rebalancing its partitions; subject: the topic. */
    REBALANCE(true),
    /** A configuration change picked up by the running pods; subject: what changed. */
    CONFIG_RELOAD(true);

    private final boolean discrete;

    Symptom(boolean discrete) {
        this.discrete = discrete;
    }

    /** Whether it happens a whole number of times per step (rather than at a rate). */
    public boolean discrete() {
        return discrete;
    }
}
