package org.incidentworkbench.sample.incidents;

import java.time.Duration;
import java.util.Optional;
import org.incidentworkbench.sample.timeline.Timeline;
import org.incidentworkbench.sample.world.WorldState;

/**
 * Finds an incident in the simulated signals the way an alert rule would: the one-minute average
 * of the signal above the threshold for two minutes in a row.
 */
public final class IncidentDetector {

    private static final Duration SMOOTHING = Duration.ofMinutes(1);
    private static final Duration HOLD = Duration.ofMinutes(2);
    private static final Duration LOOK_BACK = Duration.ofMinutes(30);
    private static final Duration MARGIN = Duration.ofMinutes(5);
    private static final Duration AFTERMATH = Duration.ofMinutes(10);

    private IncidentDetector() {
    }

    /** The incident, or nothing when the signal never held above the threshold inside the window. */
    public static Optional<DetectedIncident> detect(IncidentPlan plan, WorldState world) {
        Timeline t = world.timeline();
        double[] signal = smoothed(plan, world, t.stepsIn(SMOOTHING));
        int from = t.firstStepFrom(plan.searchFrom());
        int to = Math.min(t.steps(), t.firstStepFrom(plan.searchTo()));
        int hold = t.stepsIn(HOLD);
        int run = 0;
        int breached = -1;
        for (int i = from; i < to && breached < 0; i++) {
            run = signal[i] >= plan.threshold() ? run + 1 : 0;
            if (run == hold) {
                breached = i - hold + 1;
            }
        }
        if (breached < 0) {
            return Optional.empty();
        }
        int last = breached;
        double peak = 0;
        for (int i = breached; i < to; i++) {
            if (signal[i] >= plan.threshold()) {
                last = i;
            }
        }
        int rise = breached;
        int earliest = Math.max(0, breached - t.stepsIn(LOOK_BACK));
        while (rise > earliest && signal[rise - 1] > plan.threshold() / 4) {
            rise--;
        }
        for (int i = rise; i <= last; i++) {
            peak = Math.max(peak, signal[i]);
        }
        int windowEnd = Math.min(t.steps() - 1, last + 1 + t.stepsIn(AFTERMATH));
        return Optional.of(new DetectedIncident(plan, t.instant(breached), t.instant(breached + hold),
                t.instant(last + 1), t.instant(Math.max(0, rise - t.stepsIn(MARGIN))), t.instant(windowEnd), peak));
    }

    /** The signal averaged over the preceding {@code width} steps. */
    private static double[] smoothed(IncidentPlan plan, WorldState world, int width) {
        int steps = world.timeline().steps();
        double[] out = new double[steps];
        double sum = 0;
        for (int i = 0; i < steps; i++) {
            sum += value(plan, world, i);
            if (i >= width) {
                sum -= value(plan, world, i - width);
            }
            out[i] = sum / Math.min(i + 1, width);
        }
        return out;
    }

    private static double value(IncidentPlan plan, WorldState world, int step) {
        return switch (plan.signal()) {
            case ERROR_RATIO -> world.errorRatio(plan.service(), step);
            case P99_LATENCY -> world.p99(plan.service(), step);
        };
    }
}
