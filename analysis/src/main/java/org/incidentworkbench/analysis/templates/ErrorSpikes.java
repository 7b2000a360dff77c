package org.incidentworkbench.analysis.templates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.incidentworkbench.analysis.logs.Severity;

/**
 * Warning and error volume per bucket of the incident window, each bucket linked to the templates
 * that fill it most, with the buckets that spike marked. The expected volume of a bucket is the baseline's
 * mean per bucket, or the incident window's median bucket when the baseline was quieter (a window
 * that is loud throughout is the incident's level, not a spike). A bucket spikes when it holds at
 * least {@link #MIN_LINES} lines, at least {@link #MIN_RATIO} times the expected volume, and more
 * than a Poisson count at that level reaches one time in {@link #RARITY}.
 */
public final class ErrorSpikes {

    public static final long MIN_LINES = 5;
    public static final double MIN_RATIO = 2;
    public static final double RARITY = 1_000;
    /** Templates named per bucket. */
    public static final int CONTRIBUTORS = 3;

    private ErrorSpikes() {
    }

    static List<SpikeBucket> find(List<TemplateActivity> templates, TemplateWindows windows) {
        int n = windows.bucketCount();
        long[] warnings = new long[n];
        long[] errors = new long[n];
        long baselineTotal = 0;
        List<TemplateActivity> loud = templates.stream().filter(t -> isLoud(t.key().severity())).toList();
        for (TemplateActivity t : loud) {
            long[] into = t.key().severity() == Severity.WARN ? warnings : errors;
            for (int i = 0; i < n; i++) {
                into[i] += t.buckets().get(i);
            }
            baselineTotal += t.baselineCount();
        }
        double baselinePerBucket = baselineTotal * windows.bucket().toNanos()
                / (double) windows.baseline().range().duration().toNanos();
        long[] totals = new long[n];
        for (int i = 0; i < n; i++) {
            totals[i] = warnings[i] + errors[i];
        }
        double expected = Math.max(baselinePerBucket, median(totals));
        List<SpikeBucket> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean spike = isSpike(totals[i], expected);
            out.add(new SpikeBucket(windows.bucketStart(i), warnings[i], errors[i], spike, contributors(loud, i)));
        }
        return out;
    }

    static boolean isSpike(long count, double expected) {
        if (count < MIN_LINES || count < MIN_RATIO * expected) {
            return false;
        }
        // P(X >= count) for X ~ Poisson(expected); with nothing expected any qualifying count is a spike.
        return expected <= 0 || PoissonDistribution.of(expected).survivalProbability((int) Math.min(count - 1, Integer.MAX_VALUE)) < 1 / RARITY;
    }

    private static List<SpikeBucket.Contributor> contributors(List<TemplateActivity> loud, int bucket) {
        return loud.stream()
                .filter(t -> t.buckets().get(bucket) > 0)
                .map(t -> new SpikeBucket.Contributor(t, t.buckets().get(bucket)))
                .sorted(Comparator.comparingLong(SpikeBucket.Contributor::count).reversed()
                        .thenComparing(c -> c.template().key())
                        .thenComparing(c -> c.template().text()))
                .limit(CONTRIBUTORS)
                .toList();
    }

    static boolean isLoud(Severity s) {
        return s == Severity.WARN || s == Severity.ERROR || s == Severity.FATAL;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2.0;
    }
}
