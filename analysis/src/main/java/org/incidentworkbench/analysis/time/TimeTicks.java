package org.incidentworkbench.analysis.time;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Time-axis ticks at round times of the chosen zone (every 15 min on the quarter hour, every 6 h
 * from midnight…), one nice step apart, labelled as precisely as the step needs; a tick on the
 * start of a day shows the date instead.
 */
public record TimeTicks(List<Instant> instants, Duration step, ZoneId zone) {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration DAY = Duration.ofDays(1);
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT);

    public TimeTicks {
        instants = List.copyOf(instants);
    }

    /** The ticks in {@code [range.start, range.end]}, one nice step of at least {@code minStep} apart. */
    public static TimeTicks across(TimeRange range, Duration minStep, ZoneId zone) {
        Duration step = NiceTimeSteps.atLeast(minStep);
        List<Instant> ticks = step.compareTo(DAY) < 0
                ? RoundLocalTimes.multiplesOf(step, range, zone)
                : RoundLocalTimes.midnightsEvery(step.toDays(), range, zone);
        return new TimeTicks(ticks, step, zone);
    }

    /** "May 14" on the start of a day, else "14:07:30.250", "14:07:30" or "14:07" as the step needs. */
    public String label(Instant tick) {
        ZonedDateTime t = tick.atZone(zone);
        if (step.compareTo(DAY) >= 0 || t.equals(t.toLocalDate().atStartOfDay(zone))) {
            return DATE.format(t);
        }
        if (step.compareTo(SECOND) < 0) {
            return MILLIS.format(t);
        }
        return (step.compareTo(MINUTE) < 0 ? SECONDS : MINUTES).format(t);
    }
}
