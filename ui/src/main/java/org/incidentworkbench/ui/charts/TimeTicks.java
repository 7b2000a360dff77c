package org.incidentworkbench.ui.charts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Time ticks at round times in the chosen zone (every 15 min on the quarter hour, every 6 h from
 * midnight…), labelled as precisely as their spacing needs; a tick on midnight shows the date.
 */
public record TimeTicks(List<Long> micros, long stepSeconds, ZoneId zone) {

    private static final long[] STEPS_SECONDS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200,
        10800, 21600, 43200, 86400, 172800, 604800};
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT);

    /** The ticks in {@code [fromMicros, toMicros]} with at most {@code maxTicks} of them. */
    public static TimeTicks between(long fromMicros, long toMicros, int maxTicks, ZoneId zone) {
        long spanSeconds = Math.max(1, (toMicros - fromMicros) / 1_000_000);
        long step = STEPS_SECONDS[STEPS_SECONDS.length - 1];
        for (long s : STEPS_SECONDS) {
            if (spanSeconds / s <= Math.max(1, maxTicks)) {
                step = s;
                break;
            }
        }
        // Count from local midnight so ticks land on round local times, whatever the zone's offset.
        long fromSeconds = Math.floorDiv(fromMicros, 1_000_000);
        long base = Instant.ofEpochSecond(fromSeconds).atZone(zone).truncatedTo(ChronoUnit.DAYS).toEpochSecond();
        long first = base + Math.ceilDiv(fromMicros - base * 1_000_000, step * 1_000_000) * step;
        List<Long> ticks = new ArrayList<>();
        for (long t = first; t * 1_000_000 <= toMicros; t += step) {
            ticks.add(t * 1_000_000);
        }
        return new TimeTicks(List.copyOf(ticks), step, zone);
    }

    public String label(long tickMicros) {
        ZonedDateTime t = Instant.ofEpochSecond(Math.floorDiv(tickMicros, 1_000_000)).atZone(zone);
        if (stepSeconds >= 86_400 || t.toLocalTime().toSecondOfDay() == 0) {
            return DAY.format(t);
        }
        return (stepSeconds < 60 ? SECONDS : MINUTES).format(t);
    }
}
