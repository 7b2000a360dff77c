package org.incidentworkbench.sample.world;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.sample.system.ServiceCatalogue;
import org.incidentworkbench.sample.timeline.Timeline;

/**
 * When each pod is replaced by a rollout: a rolling update replaces the pods one after another,
 * evenly spread over the rollout. Every replacement is a {@link Symptom#POD_START} and a
 * {@link Symptom#POD_STOP} event.
 */
final class RolloutSchedule {

    /** Pod {@code pod} of a service starts afresh at {@code step}. */
    record PodStart(int step, int pod) {
    }

    private final Timeline timeline;
    private final int[][] replicas;
    private final List<List<PodStart>> starts = new ArrayList<>();
    /** Running count of pod starts per service, so recent starts are a subtraction. */
    private final int[][] cumulative;

    RolloutSchedule(WorldInputs in, WorldState w) {
        this.timeline = in.timeline();
        this.replicas = in.replicas;
        ServiceCatalogue catalogue = in.catalogue();
        int steps = timeline.steps();
        cumulative = new int[catalogue.size()][steps];
        for (int s = 0; s < catalogue.size(); s++) {
            starts.add(new ArrayList<>());
        }
        for (Rollout r : in.rollouts) {
            int s = catalogue.index(r.service());
            long from = Micros.of(r.start());
            long length = Micros.of(r.end()) - from;
            int replicas = in.replicas[s][timeline.index(r.start())];
            for (int pod = 0; pod < replicas; pod++) {
                long at = from + length * (2L * pod + 1) / (2L * replicas);
                if (at >= timeline.startMicros() && at < timeline.endMicros()) {
                    starts.get(s).add(new PodStart((int) ((at - timeline.startMicros()) / timeline.stepMicros()), pod));
                }
            }
        }
        for (int s = 0; s < catalogue.size(); s++) {
            List<PodStart> list = starts.get(s);
            list.sort(Comparator.comparingInt(PodStart::step).thenComparingInt(PodStart::pod));
            String name = catalogue.services().get(s).name();
            for (PodStart p : list) {
                cumulative[s][p.step()]++;
                w.symptomSeries(name, Symptom.POD_START, "")[p.step()] += 1;
                w.symptomSeries(name, Symptom.POD_STOP, "")[p.step()] += 1;
            }
            for (int i = 1; i < steps; i++) {
                cumulative[s][i] += cumulative[s][i - 1];
            }
        }
    }

    /** The pod starts of service {@code s}, in time order. */
    List<PodStart> starts(int s) {
        return starts.get(s);
    }

    /** Pods of service {@code s} starting in step {@code i}. */
    int startingPods(int s, int i) {
        return cumulative[s][i] - (i > 0 ? cumulative[s][i - 1] : 0);
    }

    /** The share of a service's pods (at most 1) started within the last {@code minutes}: they are still warming up. */
    double coldShare(int s, int i, double minutes) {
        int back = (int) Math.round(minutes * 60e6 / timeline.stepMicros());
        int recent = cumulative[s][i] - (i - back >= 0 ? cumulative[s][i - back] : 0);
        return Math.min(1, recent / (double) Math.max(1, replicas[s][i]));
    }
}
