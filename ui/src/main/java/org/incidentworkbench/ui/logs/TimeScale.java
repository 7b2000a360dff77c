package org.incidentworkbench.ui.logs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.analysis.time.TimeRange;

/**
 * Maps a time range onto a horizontal span of pixels and back, and places round axis ticks in the
 * chosen zone. Pure arithmetic, so drag selection is tested without a toolkit.
 */
record TimeScale(TimeRange range, double left, double width) {

    private static final List<Duration> TICK_STEPS = List.of(
            Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
            Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(6),
            Duration.ofHours(12), Duration.ofDays(1));

    double x(Instant t) {
        double span = Math.max(1, range.endMicros() - range.startMicros());
        return left + (Micros.of(t) - range.startMicros()) / span * width;
    }

    /** The instant under pixel {@code x}, clamped to the range. */
    Instant time(double x) {
        double fraction = Math.clamp((x - left) / width, 0, 1);
        long span = range.endMicros() - range.startMicros();
        return Micros.toInstant(range.startMicros() + Math.round(fraction * span));
    }

    /** The range between two pixels, in either order, clamped to this scale's range. */
    TimeRange between(double x1, double x2) {
        Instant a = time(x1);
        Instant b = time(x2);
        return a.isBefore(b) ? new TimeRange(a, b) : new TimeRange(b, a);
    }

    /** Round instants (whole minutes, hours, ... in {@code zone}) at most {@code maxTicks} apart across the range. */
    List<Instant> ticks(ZoneId zone, int maxTicks) {
        long span = range.endMicros() - range.startMicros();
        Duration step = TICK_STEPS.stream().filter(s -> span / (s.toNanos() / 1_000) < maxTicks)
                .findFirst().orElse(TICK_STEPS.getLast());
        long stepMicros = step.toNanos() / 1_000;
        // Round in the zone's wall clock so hourly ticks fall on local hours in odd-offset zones too.
        long offset = zone.getRules().getOffset(range.start()).getTotalSeconds() * 1_000_000L;
        long first = Math.ceilDiv(range.startMicros() + offset, stepMicros) * stepMicros - offset;
        List<Instant> ticks = new ArrayList<>();
        for (long t = first; t <= range.endMicros(); t += stepMicros) {
            ticks.add(Micros.toInstant(t));
        }
        return ticks;
    }
}
