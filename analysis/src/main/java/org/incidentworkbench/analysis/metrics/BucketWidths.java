package org.incidentworkbench.analysis.metrics;

import java.time.Duration;
import java.util.List;

/**
 * The bucket widths a chart queries with: "nice" widths people read easily (5 s, 1 min, 15 min…),
 * and the automatic choice that gives about one bucket per pixel of the plot.
 */
public final class BucketWidths {

    /** Every width the automatic choice may pick, ascending. */
    public static final List<Duration> NICE = List.of(
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
            Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(6),
            Duration.ofHours(12), Duration.ofDays(1));

    /** The widths a user may fix instead of the automatic one. */
    public static final List<Duration> FIXED_CHOICES = List.of(
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1));

    private BucketWidths() {
    }

    /**
     * The smallest nice width at least {@code visible / plotPixels} (one bucket per pixel: finer
     * buckets could not be told apart) and at least {@code resolution} (finer buckets would only
     * be empty); the widest nice width when even that is too fine.
     */
    public static Duration auto(Duration visible, int plotPixels, Duration resolution) {
        if (plotPixels < 1) {
            throw new IllegalArgumentException("plot width must be at least one pixel: " + plotPixels);
        }
        long perPixelNanos = Math.max(visible.toNanos() / plotPixels, resolution.toNanos());
        for (Duration width : NICE) {
            if (width.toNanos() >= perPixelNanos) {
                return width;
            }
        }
        return NICE.getLast();
    }

    /** "10 s", "5 min", "1 h", "1 d": how a width is shown next to the chart. */
    public static String label(Duration width) {
        long s = width.toSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + " d";
        }
        if (s % 3_600 == 0) {
            return s / 3_600 + " h";
        }
        if (s % 60 == 0) {
            return s / 60 + " min";
        }
        return s + " s";
    }
}
