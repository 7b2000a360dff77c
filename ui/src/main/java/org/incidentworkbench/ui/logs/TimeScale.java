package org.incidentworkbench.ui.logs;

import java.time.Instant;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.analysis.time.TimeRange;

/**
 * Maps a time range onto a horizontal span of pixels and back. Pure arithmetic, so drag selection
 * is tested without a toolkit.
 */
record TimeScale(TimeRange range, double left, double width) {

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
}
