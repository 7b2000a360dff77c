package org.incidentworkbench.sample.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.sample.system.Call;
import org.incidentworkbench.sample.system.PoolSpec;
import org.incidentworkbench.sample.system.ServiceCatalogue;
import org.incidentworkbench.sample.system.ServiceSpec;
import org.incidentworkbench.sample.timeline.Timeline;

/**
 * What the simulation starts from: the load curve and everything the baseline day and the
 * scenario change in it. Arrays are indexed {@code [service or call or pool][step]}; the methods
 * below are how scripts change them, by time rather than by step.
 */
public final class WorldInputs {

    private final ServiceCatalogue catalogue;
    private final Timeline timeline;
    /** The daily load curve, as a fraction of the peak. */
    final double[] load;
    /** Work arriving from outside the shop, per second. */
    final double[][] arrivals;
    /** Multiplier on each call's share of its caller's requests (a flash sale shifts the mix). */
    final double[][] shareFactor;
    final int[][] replicas;
    final double[][] poolPerPodMax;
    /** Heap filled per hour by a leak, as a fraction of the heap at the service's usual memory limit. */
    final double[][] leakPerHour;
    /** Heap already leaked when the window starts, by service. */
    final double[] leakedBeforeWindow;
    /** Errors and extra delay a service produces on its own (a failing provider, cold caches). */
    final double[][] faultErrorRatio;
    final double[][] faultDelayMs;
    final double[][] memoryLimitMb;
    final List<Rollout> rollouts = new ArrayList<>();
    /** Discrete events to log (config reloads, consumer rebalances), by key, as counts per step. */
    final TreeMap<SymptomKey, double[]> events = new TreeMap<>();

    public WorldInputs(ServiceCatalogue catalogue, Timeline timeline, double[] load) {
        this.catalogue = catalogue;
        this.timeline = timeline;
        this.load = load.clone();
        int n = catalogue.size();
        int steps = timeline.steps();
        double[] peak = catalogue.peakArrivals();
        arrivals = new double[n][steps];
        for (int i = 0; i < steps; i++) {
            arrivals[catalogue.index(ServiceCatalogue.EDGE_GATEWAY)][i] =
                    peak[catalogue.index(ServiceCatalogue.EDGE_GATEWAY)] * load[i];
        }
        shareFactor = filled(catalogue.calls().size(), steps, 1);
        replicas = new int[n][steps];
        memoryLimitMb = new double[n][steps];
        for (int s = 0; s < n; s++) {
            ServiceSpec spec = catalogue.services().get(s);
            Arrays.fill(replicas[s], spec.replicas());
            Arrays.fill(memoryLimitMb[s], spec.memoryLimitMb());
        }
        List<PoolSpec> pools = catalogue.pools();
        poolPerPodMax = new double[pools.size()][steps];
        for (int p = 0; p < pools.size(); p++) {
            Arrays.fill(poolPerPodMax[p], pools.get(p).perPodMax());
        }
        leakPerHour = new double[n][steps];
        leakedBeforeWindow = new double[n];
        faultErrorRatio = new double[n][steps];
        faultDelayMs = new double[n][steps];
    }

    public ServiceCatalogue catalogue() {
        return catalogue;
    }

    public Timeline timeline() {
        return timeline;
    }

    /** Multiplies the traffic arriving at {@code service} by {@code 1 + envelope} from {@code start}. */
    public void scaleArrivals(String service, Instant start, Envelope envelope) {
        multiply(arrivals[catalogue.index(service)], start, envelope);
    }

    /** Adds {@code envelope} (per second) to the work arriving at {@code service} from {@code start}. */
    public void addArrivals(String service, Instant start, Envelope envelope) {
        add(arrivals[catalogue.index(service)], start, envelope);
    }

    /** Multiplies the share of {@code caller}'s requests that call {@code callee} by {@code 1 + envelope}. */
    public void scaleCallShare(String caller, String callee, Instant start, Envelope envelope) {
        Call call = catalogue.call(caller, callee);
        multiply(shareFactor[catalogue.calls().indexOf(call)], start, envelope);
    }

    public void addFaultErrors(String service, Instant start, Envelope envelope) {
        add(faultErrorRatio[catalogue.index(service)], start, envelope);
    }

    public void addFaultDelay(String service, Instant start, Envelope envelope) {
        add(faultDelayMs[catalogue.index(service)], start, envelope);
    }

    /**
     * A memory leak filling {@code fractionPerHour} of the heap per hour from {@code start} on; what
     * leaked before the window starts is already in the heap at its first step.
     */
    public void addLeak(String service, Instant start, double fractionPerHour) {
        int s = catalogue.index(service);
        double hoursBefore = (timeline.startMicros() - Micros.of(start)) / 3_600e6;
        if (hoursBefore > 0) {
            leakedBeforeWindow[s] += fractionPerHour * hoursBefore;
        }
        for (int i = timeline.firstStepFrom(start); i < timeline.steps(); i++) {
            leakPerHour[s][i] += fractionPerHour;
        }
    }

    /** {@code service} runs {@code count} pods from {@code at} on (a scale-out or scale-in). */
    public void setReplicas(String service, Instant at, int count) {
        int[] r = replicas[catalogue.index(service)];
        Arrays.fill(r, timeline.firstStepFrom(at), r.length, count);
    }

    public void setMemoryLimit(String service, Instant at, double megabytes) {
        double[] m = memoryLimitMb[catalogue.index(service)];
        Arrays.fill(m, timeline.firstStepFrom(at), m.length, megabytes);
    }

    /**
     * Pods get a pool of {@code perPodMax} connections as a rollout from {@code start} to
     * {@code end} replaces them: the pool's total moves from the old size to the new one pod by pod.
     */
    public void changePoolSize(String pool, Instant start, Instant end, int perPodMax) {
        double[] series = poolPerPodMax[catalogue.poolIndex(pool)];
        int from = timeline.firstStepFrom(start);
        int to = timeline.firstStepFrom(end);
        double before = from > 0 ? series[from - 1] : series[0];
        for (int i = from; i < series.length; i++) {
            double done = to > from ? Math.min(1, (double) (i - from + 1) / (to - from)) : 1;
            series[i] = before + (perPodMax - before) * done;
        }
    }

    /** Pods of {@code service} are replaced between {@code start} and {@code end}. */
    public void addRollout(String service, Instant start, Instant end) {
        rollouts.add(new Rollout(service, start, end));
    }

    /** One discrete event of {@code symptom} in {@code service} at {@code at}, for the logs. */
    public void addEvent(String service, Symptom symptom, String subject, Instant at) {
        if (!timeline.contains(at)) {
            return;
        }
        events.computeIfAbsent(new SymptomKey(service, symptom, subject), k -> new double[timeline.steps()])
                [timeline.index(at)] += 1;
    }

    private void multiply(double[] series, Instant start, Envelope envelope) {
        forEachStep(start, (i, minutes) -> series[i] *= 1 + envelope.at(minutes));
    }

    private void add(double[] series, Instant start, Envelope envelope) {
        forEachStep(start, (i, minutes) -> series[i] += envelope.at(minutes));
    }

    private interface StepAction {
        void apply(int step, double minutesSinceStart);
    }

    private void forEachStep(Instant start, StepAction action) {
        long startMicros = Micros.of(start);
        for (int i = timeline.firstStepFrom(start); i < timeline.steps(); i++) {
            action.apply(i, (timeline.micros(i) - startMicros) / 60e6);
        }
    }

    private static double[][] filled(int rows, int steps, double value) {
        double[][] a = new double[rows][steps];
        for (double[] row : a) {
            Arrays.fill(row, value);
        }
        return a;
    }
}
