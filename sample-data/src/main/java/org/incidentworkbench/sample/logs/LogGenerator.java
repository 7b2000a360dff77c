package org.incidentworkbench.sample.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.incidentworkbench.sample.random.Draw;
import org.incidentworkbench.sample.random.Seeds;
import org.incidentworkbench.sample.system.PodRoster;
import org.incidentworkbench.sample.system.ServiceSpec;
import org.incidentworkbench.sample.timeline.Timeline;
import org.incidentworkbench.sample.world.WorldState;

/**
 * Emits every family's lines at the rate its trigger gives at each step: Poisson counts for
 * rates, exact counts for discrete events, timestamps spread over the step.
 */
public final class LogGenerator {

    private final WorldState world;
    private final PodRoster pods;
    private final Seeds seeds;
    private final double[] peakRps;

    public LogGenerator(WorldState world, PodRoster pods, Seeds seeds) {
        this.world = world;
        this.pods = pods;
        this.seeds = seeds;
        this.peakRps = world.catalogue().peakRps();
    }

    /** Every rate-driven line of the window, service by service and family by family. */
    public List<LogLine> generate() {
        List<LogLine> lines = new ArrayList<>();
        for (ServiceSpec service : world.catalogue().services()) {
            for (LogFamily family : LogFamilies.all()) {
                if (family.writtenBy(service.name()) && !(family.trigger() instanceof Trigger.InTrace)) {
                    emit(family, service, lines);
                }
            }
        }
        return lines;
    }

    private void emit(LogFamily family, ServiceSpec service, List<LogLine> out) {
        SplittableRandom rng = seeds.stream("logs/" + service.name() + "/" + family.id());
        LineWriter writer = new LineWriter(world, rng);
        String name = service.name();
        Timeline t = world.timeline();
        double stepSeconds = t.stepSeconds();
        if (family.trigger() instanceof Trigger.OnSymptom on) {
            for (Map.Entry<String, double[]> series : world.symptoms(name, on.symptom())) {
                if (on.subject() != null && !on.subject().equals(series.getKey())) {
                    continue;
                }
                double[] events = series.getValue();
                for (int i = 0; i < t.steps(); i++) {
                    int n = on.symptom().discrete()
                            ? exactly(rng, events[i] * on.perEvent())
                            : Draw.poisson(rng, events[i] * on.perEvent() * stepSeconds);
                    lines(writer, family, name, series.getKey(), i, n, rng, out);
                }
            }
            return;
        }
        int s = world.catalogue().index(name);
        for (int i = 0; i < t.steps(); i++) {
            double rps = world.rps(name, i);
            double perSecond = switch (family.trigger()) {
                case Trigger.Steady steady -> steady.perSecondAtPeak() * rps / peakRps[s];
                case Trigger.PerRequest each -> each.perRequest() * rps;
                case Trigger.OnErrors errors -> errors.perFailure() * rps * world.errorRatio(name, i);
                default -> throw new IllegalStateException("not a rate trigger: " + family.trigger());
            };
            lines(writer, family, name, "", i, Draw.poisson(rng, perSecond * stepSeconds), rng, out);
        }
    }

    private void lines(LineWriter writer, LogFamily family, String service, String subject, int step, int count,
                       SplittableRandom rng, List<LogLine> out) {
        Timeline t = world.timeline();
        for (int k = 0; k < count; k++) {
            long ts = t.micros(step) + rng.nextLong(t.stepMicros());
            out.add(writer.write(family, service, subject, step, ts, pods.pick(service, step, rng)));
        }
    }

    /** A whole number of events: the integer part, plus one more with the probability of the fraction. */
    private static int exactly(SplittableRandom rng, double expected) {
        int whole = (int) expected;
        return whole + (rng.nextDouble() < expected - whole ? 1 : 0);
    }
}
