package org.incidentworkbench.analysis.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The instants in a range whose wall-clock time in a zone is round: a multiple of a step within
 * the day, or a midnight every few days. Works in the zone's local time, so ticks stay on round
 * local times across DST changes and in zones with half-hour offsets.
 */
final class RoundLocalTimes {

    /** 1970-01-05, a Monday: day steps count from it, so weekly ticks fall on Mondays. */
    private static final long MONDAY_EPOCH_DAY = 4;

    private RoundLocalTimes() {
    }

    /**
     * Instants in {@code [range.start, range.end]} whose local time of day is a multiple of
     * {@code step}, a step that divides a day. A repeated local hour (clocks going back) is ticked
     * twice, as it happened twice; a skipped one gets none.
     */
    static List<Instant> multiplesOf(Duration step, TimeRange range, ZoneId zone) {
        long stepMicros = step.toNanos() / 1_000;
        long endMicros = range.endMicros();
        ZoneRules rules = zone.getRules();
        List<Instant> ticks = new ArrayList<>();
        Instant from = range.start();
        // Between two offset transitions local time is UTC plus one fixed offset.
        while (from != null && !from.isAfter(range.end())) {
            long offsetMicros = rules.getOffset(from).getTotalSeconds() * 1_000_000L;
            ZoneOffsetTransition next = rules.nextTransition(from);
            long untilMicros = next == null ? endMicros + 1 : Math.min(endMicros + 1, Micros.of(next.getInstant()));
            long first = Math.ceilDiv(Micros.of(from) + offsetMicros, stepMicros) * stepMicros - offsetMicros;
            for (long t = first; t < untilMicros; t += stepMicros) {
                ticks.add(Micros.toInstant(t));
            }
            from = next == null ? null : next.getInstant();
        }
        return ticks;
    }

    /** The starts of local days in {@code [range.start, range.end]}, every {@code days} days. */
    static List<Instant> midnightsEvery(long days, TimeRange range, ZoneId zone) {
        LocalDate day = range.start().atZone(zone).toLocalDate();
        day = day.plusDays(Math.floorMod(MONDAY_EPOCH_DAY - day.toEpochDay(), days));
        List<Instant> ticks = new ArrayList<>();
        Instant t = day.atStartOfDay(zone).toInstant();
        while (!t.isAfter(range.end())) {
            if (!t.isBefore(range.start())) {
                ticks.add(t);
            }
            day = day.plusDays(days);
            t = day.atStartOfDay(zone).toInstant();
        }
        return ticks;
    }
}
