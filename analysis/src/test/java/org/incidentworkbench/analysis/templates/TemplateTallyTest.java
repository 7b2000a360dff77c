package org.incidentworkbench.analysis.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.incidentworkbench.analysis.incidents.Baseline;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.time.TimeRange;
import org.junit.jupiter.api.Test;

class TemplateTallyTest {

    private static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    private static final TimeRange INCIDENT = TimeRange.of(START, Duration.ofHours(1));
    private static final TemplateWindows WINDOWS = TemplateWindows.hourBefore(INCIDENT);
    private final AtomicLong ids = new AtomicLong();

    @Test
    void countsEachTemplatePerWindowAndPerBucketOfTheIncident() {
        TemplateTally tally = new TemplateTally(WINDOWS, MinerSettings.defaults());
        for (int m = 0; m < 60; m++) {
            tally.add(record(START.minus(Duration.ofMinutes(60 - m)), "checkout", Severity.INFO, "served order " + m));
            tally.add(record(START.plus(Duration.ofMinutes(m)), "checkout", Severity.INFO, "served order " + (100 + m)));
        }
        for (int i = 0; i < 30; i++) {
            tally.add(record(START.plus(Duration.ofMinutes(30)).plusSeconds(i), "checkout", Severity.ERROR,
                    "payment call failed after " + (3000 + i) + " ms"));
        }

        TemplateReport report = tally.report();

        assertThat(WINDOWS.bucket()).isEqualTo(Duration.ofMinutes(1));
        assertThat(report.keys()).containsExactly(new TemplateKey("checkout", Severity.ERROR), new TemplateKey("checkout", Severity.INFO));
        TemplateActivity served = report.templatesOf(new TemplateKey("checkout", Severity.INFO)).getFirst();
        assertThat(served.text()).isEqualTo("served order <*>");
        assertThat(served.count()).isEqualTo(60);
        assertThat(served.baselineCount()).isEqualTo(60);
        assertThat(served.share()).isEqualTo(100.0);
        assertThat(served.buckets()).hasSize(60).containsOnly(1L);
        assertThat(served.firstSeen()).isEqualTo(START.minus(Duration.ofMinutes(60)));
        assertThat(served.lastSeen()).isEqualTo(START.plus(Duration.ofMinutes(59)));

        TemplateActivity failed = report.templatesOf(new TemplateKey("checkout", Severity.ERROR)).getFirst();
        assertThat(failed.text()).isEqualTo("payment call failed after <*> ms");
        assertThat(failed.buckets().get(30)).isEqualTo(30L);
        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.activity()).isEqualTo(failed);
            assertThat(c.kind()).isEqualTo(TemplateChange.Kind.NEW);
        });
        assertThat(report.incidentLines()).isEqualTo(90);
        assertThat(report.baselineLines()).isEqualTo(60);
    }

    @Test
    void marksTheBucketWhereErrorsSpikeAndNamesTheTemplatesOfEveryBucket() {
        TemplateTally tally = new TemplateTally(WINDOWS, MinerSettings.defaults());
        for (int m = 0; m < 60; m++) {
            tally.add(record(START.minus(Duration.ofMinutes(60 - m)), "cart", Severity.WARN, "slow query took " + m + "ms"));
            tally.add(record(START.plus(Duration.ofMinutes(m)), "cart", Severity.WARN, "slow query took " + m + "ms"));
        }
        for (int i = 0; i < 25; i++) {
            tally.add(record(START.plus(Duration.ofMinutes(42)).plusSeconds(i), "cart", Severity.ERROR, "redis connection refused"));
        }

        List<SpikeBucket> buckets = tally.report().errorSpikes();

        assertThat(buckets).hasSize(60);
        assertThat(buckets.get(0).spike()).isFalse();
        assertThat(buckets.get(0).templates()).extracting(c -> c.template().text()).containsExactly("slow query took <*>");
        assertThat(buckets).filteredOn(SpikeBucket::spike).singleElement().satisfies(b -> {
            assertThat(b.start()).isEqualTo(START.plus(Duration.ofMinutes(42)));
            assertThat(b.errors()).isEqualTo(25);
            assertThat(b.warnings()).isEqualTo(1);
            assertThat(b.templates()).extracting(c -> c.template().text(), SpikeBucket.Contributor::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("redis connection refused", 25L),
                            org.assertj.core.groups.Tuple.tuple("slow query took <*>", 1L));
        });
    }

    @Test
    void neverCallsASteadyLoudWindowASpike() {
        TemplateTally tally = new TemplateTally(TemplateWindows.of(INCIDENT,
                new Baseline(Baseline.Kind.CHOSEN, INCIDENT.shift(Duration.ofHours(-5)))), MinerSettings.defaults());
        for (int m = 0; m < 60; m++) {
            for (int i = 0; i < 20; i++) {
                tally.add(record(START.plus(Duration.ofMinutes(m)).plusSeconds(i), "cart", Severity.ERROR, "upstream 503 from " + i));
            }
        }

        assertThat(tally.report().errorSpikes()).noneMatch(SpikeBucket::spike);
    }

    @Test
    void cutsADayBeforeBaselineShortSoItNeverOverlapsALongIncident() {
        TimeRange twoDays = TimeRange.of(START, Duration.ofDays(2));

        TemplateWindows windows = TemplateWindows.dayBefore(twoDays);

        assertThat(windows.baseline().range()).isEqualTo(new TimeRange(START.minus(Duration.ofDays(1)), START));
        assertThatThrownBy(() -> TemplateWindows.of(INCIDENT, new Baseline(Baseline.Kind.CHOSEN, INCIDENT.shift(Duration.ofMinutes(30)))))
                .hasMessageContaining("must not overlap");
    }

    @Test
    void ignoresRecordsOutsideBothWindows() {
        TemplateTally tally = new TemplateTally(WINDOWS, MinerSettings.defaults());
        tally.add(record(START.plus(Duration.ofHours(2)), "cart", Severity.INFO, "late"));
        tally.add(record(START.minus(Duration.ofHours(2)), "cart", Severity.INFO, "early"));

        assertThat(tally.report().templates()).isEmpty();
    }

    private LogRecord record(Instant ts, String service, Severity severity, String body) {
        return new LogRecord(ids.incrementAndGet(), ts, service, severity, body, null, null, Map.of());
    }
}
