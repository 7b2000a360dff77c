package org.incidentworkbench.sample.world;

import java.util.List;
import java.util.stream.IntStream;
import org.incidentworkbench.sample.system.Call;
import org.incidentworkbench.sample.system.PoolSpec;
import org.incidentworkbench.sample.system.ServiceCatalogue;
import org.incidentworkbench.sample.system.ServiceSpec;

/**
 * Works each step from the bottom of the call graph up: a service's own failures and delays (its
 * faults, GC, connection-pool waits) plus what it inherits from the services it waits for. A
 * caller sees a callee's extra failures, its slowness up to the call's timeout, and, past the
 * timeout, timeouts of its own.
 */
final class Cascade {

    /** A callee failing more than this opens the caller's circuit breaker now and then. */
    private static final double BREAKER_THRESHOLD = 0.2;
    private static final double BREAKER_TRANSITIONS_PER_SECOND = 1 / 40.0;

    private Cascade() {
    }

    /** Share of a callee's failures that fail the caller; reads from a cache fall back to the database. */
    private static double propagation(Call call) {
        return "reads_from".equals(call.relation()) ? 0.3 : 0.95;
    }

    static void run(WorldInputs in, WorldState w) {
        ServiceCatalogue catalogue = in.catalogue();
        int n = catalogue.size();
        List<Call> calls = catalogue.calls();
        List<PoolSpec> pools = catalogue.pools();
        int[][] callsOf = new int[n][];
        int[][] poolsOf = new int[n][];
        for (int s = 0; s < n; s++) {
            String name = catalogue.services().get(s).name();
            callsOf[s] = IntStream.range(0, calls.size()).filter(c -> calls.get(c).caller().equals(name)).toArray();
            poolsOf[s] = IntStream.range(0, pools.size()).filter(p -> pools.get(p).owner().equals(name)).toArray();
        }
        for (int i = 0; i < in.timeline().steps(); i++) {
            for (int s = n - 1; s >= 0; s--) {
                ownFaults(in, w, s, i);
                for (int p : poolsOf[s]) {
                    pool(in, w, s, p, pools.get(p), i);
                }
                inherit(in, w, s, callsOf[s], i);
            }
        }
    }

    private static void ownFaults(WorldInputs in, WorldState w, int s, int i) {
        w.ownErrorRatio[s][i] = Math.min(1, w.ownErrorRatio[s][i] + in.faultErrorRatio[s][i]);
        double fault = in.faultDelayMs[s][i];
        w.ownDelayMedianMs[s][i] += fault;
        w.ownDelayTailMs[s][i] = Math.max(w.ownDelayTailMs[s][i], 2.5 * fault);
    }

    private static void pool(WorldInputs in, WorldState w, int s, int p, PoolSpec pool, int i) {
        ServiceCatalogue catalogue = in.catalogue();
        double holdMs = pool.holdMs() + 2 * w.p50[catalogue.index(ServiceCatalogue.SHOP_POSTGRES)][i];
        if (pool.heldAcross() != null) {
            Call across = catalogue.call(pool.owner(), pool.heldAcross());
            int t = catalogue.index(pool.heldAcross());
            holdMs += Math.min(across.timeoutMs(), Latency.mean(w.p50[t][i], w.p99[t][i]));
        }
        double max = Math.max(1, in.replicas[s][i]) * in.poolPerPodMax[p][i];
        double using = w.rps[s][i] * pool.usage();
        double ratio = PoolModel.demand(using, holdMs) / max;
        double wait = PoolModel.waitMs(ratio, pool.connectionTimeoutMs());
        double timeouts = PoolModel.timeoutShare(ratio);
        w.poolMax[p][i] = max;
        w.poolInUse[p][i] = Math.min(max, PoolModel.demand(using, holdMs));
        w.poolWaitMs[p][i] = wait;
        w.ownErrorRatio[s][i] = Math.min(1, w.ownErrorRatio[s][i] + pool.usage() * timeouts);
        w.poolDelayMedianMs[s][i] += pool.usage() > 0.4 ? wait : 0;
        w.poolDelayTailMs[s][i] = Math.max(w.poolDelayTailMs[s][i], timeouts > 0 ? pool.connectionTimeoutMs() : 2 * wait);
        String owner = pool.owner();
        if (timeouts > 0) {
            w.symptomSeries(owner, Symptom.POOL_TIMEOUT, pool.name())[i] = using * timeouts;
        }
        if (ratio > 0.95) {
            w.symptomSeries(owner, Symptom.POOL_SATURATED, pool.name())[i] = 1 / 30.0;
        }
        w.symptomSeries(owner, Symptom.SLOW_QUERY, "")[i] += using * (0.0002 + 0.02 * Math.min(1, wait / 1000));
    }

    private static void inherit(WorldInputs in, WorldState w, int s, int[] calls, int i) {
        ServiceCatalogue catalogue = in.catalogue();
        ServiceSpec spec = catalogue.services().get(s);
        double self50 = w.selfP50[s][i] + w.ownDelayMedianMs[s][i];
        double self99 = Math.max(w.selfP99[s][i] + w.ownDelayTailMs[s][i], self50 * 1.5);
        w.selfP50[s][i] = self50;
        w.selfP99[s][i] = self99;
        // Waiting for a connection is not work of the service itself (a trace shows it as its own span), but it is latency.
        self50 += w.poolDelayMedianMs[s][i];
        self99 += w.poolDelayTailMs[s][i];
        double total50 = self50;
        double worst99 = 0;
        double others99 = 0;
        double worst95 = 0;
        double succeeds = 1 - w.ownErrorRatio[s][i];
        for (int c : calls) {
            Call call = catalogue.calls().get(c);
            if (!call.synchronous()) {
                continue;
            }
            int t = catalogue.index(call.callee());
            double share = Math.min(1, call.share() * in.shareFactor[c][i]);
            double timeout = call.timeoutMs();
            total50 += share * Math.min(timeout, w.p50[t][i]);
            double tail99 = Math.min(timeout, Latency.inheritedTail(w.p50[t][i], w.p99[t][i], share, 0.01));
            worst99 = Math.max(worst99, tail99);
            others99 += tail99;
            worst95 = Math.max(worst95, Math.min(timeout, Latency.inheritedTail(w.p50[t][i], w.p99[t][i], share, 0.05)));
            double extra = Math.max(0, w.errorRatio[t][i] - catalogue.services().get(t).baseErrorRatio());
            double failed = propagation(call) * extra;
            double timedOut = Latency.shareAbove(w.p50[t][i], w.p99[t][i], timeout);
            succeeds *= 1 - share * Math.min(1, failed + timedOut);
            double callsPerSecond = w.rps[s][i] * share;
            if (failed * callsPerSecond > 1e-4) {
                w.symptomSeries(spec.name(), Symptom.UPSTREAM_ERROR, call.callee())[i] = callsPerSecond * failed;
            }
            if (timedOut * callsPerSecond > 1e-4) {
                w.symptomSeries(spec.name(), Symptom.UPSTREAM_TIMEOUT, call.callee())[i] = callsPerSecond * timedOut;
            }
            if (w.errorRatio[t][i] > BREAKER_THRESHOLD && spec.jvm()) {
                w.symptomSeries(spec.name(), Symptom.CIRCUIT_TRANSITION, call.callee())[i] = BREAKER_TRANSITIONS_PER_SECOND;
            }
        }
        w.errorRatio[s][i] = 1 - succeeds;
        // Calls run one after another, so medians add up; a slow tail usually comes from one callee at a time.
        w.p50[s][i] = total50;
        w.p95[s][i] = Math.max(Latency.p95(self50, self99) + worst95, total50 * 1.2);
        w.p99[s][i] = Math.max(self99 + worst99 + 0.25 * (others99 - worst99), w.p95[s][i] * 1.1);
    }
}
