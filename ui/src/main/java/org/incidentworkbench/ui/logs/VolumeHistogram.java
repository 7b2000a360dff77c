package org.incidentworkbench.ui.logs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.logs.VolumeBucket;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.analysis.time.TimeRange;

/**
 * Record counts of a query per time bucket and severity, laid out as a dense grid so the canvas
 * can stack bars without searching. Buckets are epoch-aligned, so the first may start before the
 * range; only records inside the range are counted.
 */
public final class VolumeHistogram {

    private static final int SEVERITIES = Severity.values().length;

    private final TimeRange range;
    private final Duration bucket;
    private final long firstStartMicros;
    private final long[][] counts;

    private VolumeHistogram(TimeRange range, Duration bucket, long firstStartMicros, long[][] counts) {
        this.range = range;
        this.bucket = bucket;
        this.firstStartMicros = firstStartMicros;
        this.counts = counts;
    }

    public static VolumeHistogram of(TimeRange range, Duration bucket, List<VolumeBucket> volume) {
        long width = bucket.toNanos() / 1_000;
        long first = Math.floorDiv(range.startMicros(), width) * width;
        int n = (int) Math.max(1, Math.ceilDiv(range.endMicros() - first, width));
        long[][] counts = new long[n][SEVERITIES];
        for (VolumeBucket b : volume) {
            int i = (int) ((Micros.of(b.start()) - first) / width);
            if (i >= 0 && i < n) {
                counts[i][b.severity().ordinal()] += b.count();
            }
        }
        return new VolumeHistogram(range, bucket, first, counts);
    }

    public TimeRange range() {
        return range;
    }

    public Duration bucket() {
        return bucket;
    }

    public int bucketCount() {
        return counts.length;
    }

    public Instant bucketStart(int i) {
        return Micros.toInstant(firstStartMicros + i * (bucket.toNanos() / 1_000));
    }

    public long count(int i, Severity severity) {
        return counts[i][severity.ordinal()];
    }

    /** The height of bucket {@code i}'s stack: its records of every severity. */
    public long bucketTotal(int i) {
        long sum = 0;
        for (long c : counts[i]) {
            sum += c;
        }
        return sum;
    }

    public long tallestBucket() {
        long max = 0;
        for (int i = 0; i < counts.length; i++) {
            max = Math.max(max, bucketTotal(i));
        }
        return max;
    }

    /** Every record the query matches in the range. */
    public long total() {
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            sum += bucketTotal(i);
        }
        return sum;
    }
}
