package org.incidentworkbench.ui.logs;

import java.time.Duration;
import java.util.List;
import org.incidentworkbench.analysis.time.TimeRange;

/** Picks a round bucket width that cuts a range into at most about {@link #TARGET_BUCKETS} bars. */
final class HistogramBuckets {

    static final int TARGET_BUCKETS = 120;

    private static final List<Duration> ROUND_WIDTHS = List.of(
            Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3),
            Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(7));

    private HistogramBuckets() {
    }

    static Duration widthFor(TimeRange range) {
        long micros = Math.max(1, range.endMicros() - range.startMicros());
        for (Duration w : ROUND_WIDTHS) {
            if (micros / (w.toNanos() / 1_000) <= TARGET_BUCKETS) {
                return w;
            }
        }
        return ROUND_WIDTHS.getLast();
    }
}
