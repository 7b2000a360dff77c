package org.incidentworkbench.sample.timeline;

import java.time.Duration;
import java.time.Instant;
import org.incidentworkbench.analysis.time.Micros;

/**
 * The grid every signal is computed on: {@code steps} steps of {@code stepMicros} from
 * {@code startMicros}. Step {@code i} covers {@code [micros(i), micros(i + 1))}.
 */
public record Timeline(long startMicros, long stepMicros, int steps) {

    /** The window of {@code span} ending at {@code end}, in steps of {@code resolution}. */
    public static Timeline ending(Instant end, Duration span, Duration resolution) {
        long step = resolution.toNanos() / 1_000;
        long spanMicros = span.toNanos() / 1_000;
        return new Timeline(Micros.of(end) - spanMicros, step, Math.toIntExact(spanMicros / step));
    }

    public long endMicros() {
        return startMicros + stepMicros * steps;
    }

    public Instant start() {
        return Micros.toInstant(startMicros);
    }

    public Instant end() {
        return Micros.toInstant(endMicros());
    }

    public long micros(int step) {
        return startMicros + stepMicros * step;
    }

    public Instant instant(int step) {
        return Micros.toInstant(micros(step));
    }

    public double stepSeconds() {
        return stepMicros / 1e6;
    }

    public boolean contains(Instant t) {
        long m = Micros.of(t);
        return m >= startMicros && m < endMicros();
    }

    /** The step holding {@code t}, clamped to the grid (times before it give 0, after it the last step). */
    public int index(Instant t) {
        long offset = Micros.of(t) - startMicros;
        if (offset < 0) {
            return 0;
        }
        return (int) Math.min(steps - 1L, offset / stepMicros);
    }

    /** The first step starting at or after {@code t}, or {@code steps} when {@code t} is past the end. */
    public int firstStepFrom(Instant t) {
        long offset = Micros.of(t) - startMicros;
        if (offset <= 0) {
            return 0;
        }
        return (int) Math.min(steps, (offset + stepMicros - 1) / stepMicros);
    }

    /** The UTC hour of day of step {@code i}, as a fraction (14.5 is 14:30). */
    public double hourOfDay(int step) {
        long microsOfDay = Math.floorMod(micros(step), 86_400_000_000L);
        return microsOfDay / 3_600_000_000.0;
    }

    /** How many steps {@code d} lasts, at least one. */
    public int stepsIn(Duration d) {
        return (int) Math.max(1, d.toNanos() / 1_000 / stepMicros);
    }
}
