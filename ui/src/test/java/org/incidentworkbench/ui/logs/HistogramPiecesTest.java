package org.incidentworkbench.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.logs.VolumeBucket;
import org.incidentworkbench.analysis.time.TimeRange;
import org.junit.jupiter.api.Test;

/** The arithmetic behind the histogram, the debouncer and the copied text, without a toolkit. */
class HistogramPiecesTest {

    private static final TimeRange HOUR = TimeRange.of(Instant.parse("2025-05-13T13:31:50Z"), Duration.ofHours(1));

    @Test
    void bucketWidthsAreRoundAndKeepTheBarCountBounded() {
        assertThat(HistogramBuckets.widthFor(HOUR)).isEqualTo(Duration.ofSeconds(30));
        assertThat(HistogramBuckets.widthFor(TimeRange.of(HOUR.start(), Duration.ofSeconds(30))))
                .isEqualTo(Duration.ofMillis(250));
        assertThat(HistogramBuckets.widthFor(TimeRange.of(HOUR.start(), Duration.ofHours(24))))
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void volumeLandsInItsEpochAlignedBucketAndSumsPerStack() {
        Instant first = Instant.parse("2025-05-13T13:31:00Z");
        VolumeHistogram h = VolumeHistogram.of(HOUR, Duration.ofMinutes(1), List.of(
                new VolumeBucket(first, Severity.INFO, 7), new VolumeBucket(first, Severity.ERROR, 2),
                new VolumeBucket(first.plusSeconds(120), Severity.WARN, 5)));
        assertThat(h.bucketStart(0)).isEqualTo(first);
        assertThat(h.bucketCount()).isEqualTo(61);
        assertThat(h.bucketTotal(0)).isEqualTo(9);
        assertThat(h.count(2, Severity.WARN)).isEqualTo(5);
        assertThat(h.tallestBucket()).isEqualTo(9);
        assertThat(h.total()).isEqualTo(14);
    }

    @Test
    void theScaleMapsPixelsToTimesBothWaysAndDragsInEitherDirection() {
        TimeScale scale = new TimeScale(HOUR, 50, 600);
        assertThat(scale.x(HOUR.start())).isEqualTo(50);
        assertThat(scale.time(350)).isEqualTo(HOUR.start().plus(Duration.ofMinutes(30)));
        assertThat(scale.time(-10)).isEqualTo(HOUR.start());
        assertThat(scale.between(650, 350)).isEqualTo(new TimeRange(HOUR.start().plus(Duration.ofMinutes(30)), HOUR.end()));
    }

    @Test
    void theDebouncerRunsOnlyTheLastCallOnceTheDelayPasses() {
        ManualScheduler scheduler = new ManualScheduler();
        Debouncer debouncer = new Debouncer(scheduler, Duration.ofMillis(250));
        List<String> ran = new ArrayList<>();
        debouncer.call(() -> ran.add("first"));
        debouncer.call(() -> ran.add("second"));
        assertThat(ran).isEmpty();
        scheduler.elapse();
        assertThat(ran).containsExactly("second");
        debouncer.call(() -> ran.add("third"));
        debouncer.cancel();
        scheduler.elapse();
        assertThat(ran).containsExactly("second");
    }

    @Test
    void aCopiedRecordIsValidJsonWhateverItsBodyHolds() {
        LogRecord r = new LogRecord(7, Instant.parse("2025-05-13T14:07:16.706246Z"), "checkout", Severity.ERROR,
                "said \"no\" \\ then\nleft\ttab \u0001", null, null, Map.of("b", "2", "a", "1"));
        assertThat(LogRecordText.json(r)).contains("\"body\": \"said \\\"no\\\" \\\\ then\\nleft\\ttab \\u0001\"")
                .contains("\"trace_id\": null").contains("\"attributes\": {\"a\": \"1\", \"b\": \"2\"}")
                .contains("\"ts\": \"2025-05-13T14:07:16.706246Z\"");
    }
}
