package org.incidentworkbench.sample.world;

import java.util.List;
import java.util.random.RandomGenerator;
import org.incidentworkbench.sample.system.ServiceCatalogue;
import org.incidentworkbench.sample.system.ServiceSpec;

/**
 * The JVM heap of every pod of every JVM service. The live set grows with load and with the
 * requests in flight; a leak adds to it steadily. Past about 80% the collector pauses longer,
 * requests pile up behind the pauses, the live set grows with them, and the pod spirals until
 * requests time out and the container is OOM-killed and restarts with an empty heap. A new pod (a
 * rollout, a restart) starts empty too.
 */
final class HeapModel {

    /** Heap fraction above which collections get long. */
    private static final double PRESSURE = 0.80;
    /** Heap fraction above which requests start timing out behind GC. */
    private static final double THRASHING = 0.93;
    private static final double RESTART_SECONDS = 45;
    /** Heap fraction each request in flight keeps alive. */
    private static final double HEAP_PER_REQUEST_IN_FLIGHT = 0.004;

    private HeapModel() {
    }

    /** The longest GC pause, in ms, of a pod whose heap is {@code heap} full under utilisation {@code u}. */
    static double gcPauseMs(double heap, double u) {
        double pause = 12 + 18 * Math.min(u, 1.2);
        if (heap > PRESSURE) {
            pause += 2600 * Math.pow((heap - PRESSURE) / (1 - PRESSURE), 2.2);
        }
        return Math.min(pause, 4000);
    }

    static void run(WorldInputs in, WorldState w, RolloutSchedule rollouts, RandomGenerator rng) {
        ServiceCatalogue catalogue = in.catalogue();
        for (int s = 0; s < catalogue.size(); s++) {
            if (catalogue.services().get(s).jvm()) {
                simulate(in, w, rollouts, s, rng);
            }
        }
    }

    private static void simulate(WorldInputs in, WorldState w, RolloutSchedule rollouts, int s, RandomGenerator rng) {
        ServiceSpec spec = in.catalogue().services().get(s);
        int steps = in.timeline().steps();
        int maxPods = 0;
        for (int r : in.replicas[s]) {
            maxPods = Math.max(maxPods, r);
        }
        double[] leaked = new double[maxPods];
        double[] leakSpeed = new double[maxPods];
        double[] lastPause = new double[maxPods];
        int[] downUntil = new int[maxPods];
        for (int k = 0; k < maxPods; k++) {
            leakSpeed[k] = 0.97 + 0.06 * rng.nextDouble();
            leaked[k] = in.leakedBeforeWindow[s] * leakSpeed[k];
        }
        int restartSteps = Math.max(1, (int) Math.round(RESTART_SECONDS * 1e6 / in.timeline().stepMicros()));
        double stepHours = in.timeline().stepSeconds() / 3600;
        List<RolloutSchedule.PodStart> starts = rollouts.starts(s);
        int next = 0;
        double restartCount = 0;
        for (int i = 0; i < steps; i++) {
            while (next < starts.size() && starts.get(next).step() == i) {
                leaked[starts.get(next).pod() % maxPods] = 0;
                lastPause[starts.get(next).pod() % maxPods] = 0;
                next++;
            }
            if (i > 0 && in.memoryLimitMb[s][i] != in.memoryLimitMb[s][i - 1]) {
                for (int k = 0; k < maxPods; k++) {
                    leaked[k] *= in.memoryLimitMb[s][i - 1] / in.memoryLimitMb[s][i];
                }
            }
            int replicas = Math.max(1, in.replicas[s][i]);
            double u = w.utilisation[s][i];
            double live = 0.42 + 0.15 * Math.min(u, 1.2);
            double rpsPerPod = w.rps[s][i] / replicas;
            double leakScale = spec.memoryLimitMb() / in.memoryLimitMb[s][i];
            double worstHeap = 0;
            double worstPause = 0;
            double timeouts = 0;
            double down = 0;
            double memory = 0;
            for (int k = 0; k < replicas; k++) {
                if (downUntil[k] > i) {
                    down++;
                    continue;
                }
                leaked[k] += in.leakPerHour[s][i] * leakSpeed[k] * stepHours * leakScale;
                double inFlight = rpsPerPod * (w.selfP50[s][i] + lastPause[k]) / 1000;
                double heap = live + leaked[k] + HEAP_PER_REQUEST_IN_FLIGHT * inFlight;
                if (heap >= 1) {
                    w.symptomSeries(spec.name(), Symptom.OOM_KILL, "")[i] += 1;
                    w.symptomSeries(spec.name(), Symptom.POD_START, "")[Math.min(steps - 1, i + restartSteps)] += 1;
                    restartCount++;
                    leaked[k] = 0;
                    lastPause[k] = 0;
                    downUntil[k] = i + restartSteps;
                    down++;
                    continue;
                }
                lastPause[k] = gcPauseMs(heap, u);
                worstHeap = Math.max(worstHeap, heap);
                worstPause = Math.max(worstPause, lastPause[k]);
                timeouts += heap > THRASHING ? Math.min(0.6, (heap - THRASHING) * 6) : 0;
                memory += in.memoryLimitMb[s][i] * (0.3 + 0.65 * heap);
            }
            w.heapFraction[s][i] = worstHeap;
            w.gcPauseMs[s][i] = worstPause;
            w.restarts[s][i] = restartCount;
            w.memoryMb[s][i] = memory;
            w.ownErrorRatio[s][i] += (timeouts + 0.9 * down) / replicas;
            w.ownDelayMedianMs[s][i] += 0.15 * worstPause;
            w.ownDelayTailMs[s][i] = Math.max(w.ownDelayTailMs[s][i], worstPause);
            w.cpuCores[s][i] *= 1 + 0.5 * Math.min(1, worstPause / 1000);
            if (worstPause > 300) {
                w.symptomSeries(spec.name(), Symptom.GC_PRESSURE, "")[i] = replicas * worstPause / 2000;
            }
        }
    }
}
