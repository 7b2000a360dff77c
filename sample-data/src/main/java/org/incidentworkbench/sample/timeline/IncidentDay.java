package org.incidentworkbench.sample.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The fixed calendar of the story: every scenario's incident happens on the afternoon of the same
 * Tuesday (UTC), and every sample window ends at {@link #WINDOW_END}, after the recovery. Fixed
 * rather than "now" so that the same seed always gives the same timestamps.
 */
public final class IncidentDay {

    public static final LocalDate DATE = LocalDate.of(2025, 5, 13);
    public static final Instant WINDOW_END = at(16, 0);

    private IncidentDay() {
    }

    /** {@code hour:minute} UTC on the incident day. */
    public static Instant at(int hour, int minute) {
        return DATE.atTime(LocalTime.of(hour, minute)).toInstant(ZoneOffset.UTC);
    }

    /** {@code hour:minute} UTC on the day before. */
    public static Instant dayBeforeAt(int hour, int minute) {
        return at(hour, minute).minus(Duration.ofDays(1));
    }
}
