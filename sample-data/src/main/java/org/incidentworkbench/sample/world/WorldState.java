package org.incidentworkbench.sample.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.incidentworkbench.sample.system.ServiceCatalogue;
import org.incidentworkbench.sample.timeline.Timeline;

/**
 * The simulated shop at every step, before measurement noise: what metrics report, what logs talk
 * about, and what traces sample from. Arrays are indexed {@code [service or pool][step]}.
 */
public final class WorldState {

    private final ServiceCatalogue catalogue;
    private final Timeline timeline;
    final WorldInputs inputs;

    /** Requests (operations, messages, records) handled per second. */
    final double[][] rps;
    /** Demand over capacity; above 1 the service sheds load. */
    final double[][] utilisation;
    /** Share of requests failing, including failures of what it calls. */
    final double[][] errorRatio;
    /** Share of requests failing in the service itself. */
    final double[][] ownErrorRatio;
    /** End-to-end latency percentiles of its requests, in ms. */
    final double[][] p50;
    final double[][] p95;
    final double[][] p99;
    /** Time spent in the service itself (what its own span would show), in ms. */
    final double[][] selfP50;
    final double[][] selfP99;
    final double[][] cpuCores;
    final double[][] memoryMb;
    /** The longest GC pause of the step over all pods, in ms. */
    final double[][] gcPauseMs;
    /** The fullest heap of any pod, as a fraction. */
    final double[][] heapFraction;
    /** Container restarts since the start of the window. */
    final double[][] restarts;
    final double[][] poolInUse;
    final double[][] poolMax;
    final double[][] poolWaitMs;
    /** Seconds a consumer group is behind, by topic index of {@link DataServices#TOPICS}. */
    final double[][] consumerLagSeconds;
    /** Hit ratio by keyspace index of {@link DataServices#KEYSPACES}. */
    final double[][] cacheHitRatio;
    final TreeMap<SymptomKey, double[]> symptoms = new TreeMap<>();
    /** The series of a symptom that never happened; shared, so callers must not write to it. */
    private final double[] none;
    /** Extra delay a service adds on its own (GC, faults): to the median and to the tail, in ms. */
    final double[][] ownDelayMedianMs;
    final double[][] ownDelayTailMs;
    /** Time its requests spend waiting for a database connection: median and tail, in ms. */
    final double[][] poolDelayMedianMs;
    final double[][] poolDelayTailMs;

    WorldState(WorldInputs inputs) {
        this.inputs = inputs;
        this.catalogue = inputs.catalogue();
        this.timeline = inputs.timeline();
        int n = catalogue.size();
        int steps = timeline.steps();
        int pools = catalogue.pools().size();
        rps = new double[n][steps];
        utilisation = new double[n][steps];
        errorRatio = new double[n][steps];
        ownErrorRatio = new double[n][steps];
        p50 = new double[n][steps];
        p95 = new double[n][steps];
        p99 = new double[n][steps];
        selfP50 = new double[n][steps];
        selfP99 = new double[n][steps];
        cpuCores = new double[n][steps];
        memoryMb = new double[n][steps];
        gcPauseMs = new double[n][steps];
        heapFraction = new double[n][steps];
        restarts = new double[n][steps];
        poolInUse = new double[pools][steps];
        poolMax = new double[pools][steps];
        poolWaitMs = new double[pools][steps];
        consumerLagSeconds = new double[DataServices.TOPICS.size()][steps];
        cacheHitRatio = new double[DataServices.KEYSPACES.size()][steps];
        ownDelayMedianMs = new double[n][steps];
        ownDelayTailMs = new double[n][steps];
        poolDelayMedianMs = new double[n][steps];
        poolDelayTailMs = new double[n][steps];
        none = new double[steps];
        for (SymptomKey key : inputs.events.keySet()) {
            symptoms.put(key, inputs.events.get(key).clone());
        }
    }

    public ServiceCatalogue catalogue() {
        return catalogue;
    }

    public Timeline timeline() {
        return timeline;
    }

    /** Every rollout that replaced pods (deployments, restarts), in the order they were added. */
    public List<Rollout> rollouts() {
        return List.copyOf(inputs.rollouts);
    }

    /** The daily load curve at {@code step}, as a fraction of the peak. */
    public double load(int step) {
        return inputs.load[step];
    }

    private int s(String service) {
        return catalogue.index(service);
    }

    public double rps(String service, int step) {
        return rps[s(service)][step];
    }

    public double errorRatio(String service, int step) {
        return errorRatio[s(service)][step];
    }

    public double ownErrorRatio(String service, int step) {
        return ownErrorRatio[s(service)][step];
    }

    public double p50(String service, int step) {
        return p50[s(service)][step];
    }

    public double p95(String service, int step) {
        return p95[s(service)][step];
    }

    public double p99(String service, int step) {
        return p99[s(service)][step];
    }

    public double selfP50(String service, int step) {
        return selfP50[s(service)][step];
    }

    public double selfP99(String service, int step) {
        return selfP99[s(service)][step];
    }

    public double utilisation(String service, int step) {
        return utilisation[s(service)][step];
    }

    public double cpuCores(String service, int step) {
        return cpuCores[s(service)][step];
    }

    public double memoryMb(String service, int step) {
        return memoryMb[s(service)][step];
    }

    public double gcPauseMs(String service, int step) {
        return gcPauseMs[s(service)][step];
    }

    public double heapFraction(String service, int step) {
        return heapFraction[s(service)][step];
    }

    public double restarts(String service, int step) {
        return restarts[s(service)][step];
    }

    public int replicas(String service, int step) {
        return inputs.replicas[s(service)][step];
    }

    public double memoryLimitMb(String service, int step) {
        return inputs.memoryLimitMb[s(service)][step];
    }

    public double poolInUse(String pool, int step) {
        return poolInUse[catalogue.poolIndex(pool)][step];
    }

    public double poolMax(String pool, int step) {
        return poolMax[catalogue.poolIndex(pool)][step];
    }

    public double poolWaitMs(String pool, int step) {
        return poolWaitMs[catalogue.poolIndex(pool)][step];
    }

    public double consumerLagSeconds(int topic, int step) {
        return consumerLagSeconds[topic][step];
    }

    public double cacheHitRatio(int keyspace, int step) {
        return cacheHitRatio[keyspace][step];
    }

    /**
     * Events of {@code symptom} in {@code service} about {@code subject}, per second (per step for a
     * {@linkplain Symptom#discrete() discrete} one); zeros when it never happened. Read only.
     */
    public double[] symptom(String service, Symptom symptom, String subject) {
        double[] rate = symptoms.get(new SymptomKey(service, symptom, subject));
        return rate != null ? rate : none;
    }

    /** Every series of {@code symptom} in {@code service}, by subject in name order. */
    public List<Map.Entry<String, double[]>> symptoms(String service, Symptom symptom) {
        List<Map.Entry<String, double[]>> out = new ArrayList<>();
        for (Map.Entry<SymptomKey, double[]> e : symptoms.subMap(new SymptomKey(service, symptom, ""), true,
                new SymptomKey(service, symptom, "\uffff"), true).entrySet()) {
            out.add(Map.entry(e.getKey().subject(), e.getValue()));
        }
        return out;
    }

    /** The series to add events per second of {@code symptom} to, created on first use. */
    double[] symptomSeries(String service, Symptom symptom, String subject) {
        return symptoms.computeIfAbsent(new SymptomKey(service, symptom, subject), k -> new double[timeline.steps()]);
    }
}
