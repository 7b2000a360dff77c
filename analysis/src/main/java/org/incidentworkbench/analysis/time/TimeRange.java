package org.incidentworkbench.analysis.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open interval {@code [start, end)} in UTC; every read takes one. */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("time range ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public static TimeRange of(Instant start, Duration length) {
        return new TimeRange(start, start.plus(length));
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    public long startMicros() {
        return Micros.of(start);
    }

    public long endMicros() {
        return Micros.of(end);
    }

    /** The same length of time shifted by {@code offset} (negative for earlier), e.g. a baseline window. */
    public TimeRange shift(Duration offset) {
        return new TimeRange(start.plus(offset), end.plus(offset));
    }
}
