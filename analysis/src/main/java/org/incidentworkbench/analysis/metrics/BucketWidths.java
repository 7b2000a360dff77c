package org.incidentworkbench.analysis.metrics;

import java.time.Duration;
import java.util.List;
import org.incidentworkbench.analysis.time.NiceTimeSteps;

/**
 * The bucket widths a chart queries with: the automatic choice of a {@link NiceTimeSteps nice step}
 * that gives about one bucket per pixel of the plot, the widths a user may fix, and their labels.
 */
public final class BucketWidths {

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
        Duration perPixel = visible.dividedBy(plotPixels);
        Duration finest = perPixel.compareTo(resolution) > 0 ? perPixel : resolution;
        return NiceTimeSteps.atLeast(finest);
    }

    /** "250 ms", "10 s", "5 min", "1 h", "1 d": how a width is shown next to the chart. */
    public static String label(Duration width) {
        if (width.toMillis() % 1_000 != 0) {
            return width.toMillis() + " ms";
        }
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
