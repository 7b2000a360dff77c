package org.incidentworkbench.analysis.time;

import java.time.Duration;
import java.util.List;

/**
 * The one ladder of "nice" time steps (250 ms, 15 s, 5 min, 6 h, 1 d…) that bucket widths and axis
 * ticks are chosen from, so a histogram's bars and its axis labels agree on what "round" means.
 * Every step below a day divides a day, so its multiples fall on round local times.
 */
public final class NiceTimeSteps {

    /** Ascending. */
    public static final List<Duration> LADDER = List.of(
            Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3),
            Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7));

    private NiceTimeSteps() {
    }

    /** The smallest nice step at least {@code minimum}; the widest step when even that is too short. */
    public static Duration atLeast(Duration minimum) {
        for (Duration step : LADDER) {
            if (step.compareTo(minimum) >= 0) {
                return step;
            }
        }
        return LADDER.getLast();
    }

    /** The smallest nice step that cuts {@code span} into at most {@code maxSteps} steps (the widest if none does). */
    public static Duration cutting(Duration span, int maxSteps) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("at least one step is needed: " + maxSteps);
        }
        return atLeast(span.dividedBy(maxSteps));
    }
}
