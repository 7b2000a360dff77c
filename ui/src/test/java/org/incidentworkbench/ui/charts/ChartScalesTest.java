package org.incidentworkbench.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.incidentworkbench.analysis.time.Micros;
import org.junit.jupiter.api.Test;

/** Ticks, number formats and the series model: the chart's pure parts. */
class ChartScalesTest {

    @Test
    void valueTicksRoundOutToNiceSteps() {
        ValueTicks ticks = ValueTicks.covering(0, 1_873, 6);
        assertThat(ticks.step()).isEqualTo(500);
        assertThat(ticks.values()).containsExactly(0.0, 500.0, 1_000.0, 1_500.0, 2_000.0);
        assertThat(ValueTicks.covering(0, 0.042, 5).step()).isEqualTo(0.01);
    }

    @Test
    void aFlatSeriesStillGetsAScale() {
        ValueTicks ticks = ValueTicks.covering(5, 5, 5);
        assertThat(ticks.low()).isLessThan(5);
        assertThat(ticks.high()).isGreaterThan(5);
    }

    @Test
    void valueLabelsAreCompactAndReadoutsKeepFourDigits() {
        assertThat(ValueFormat.tick(1_500_000, 500_000, 2_000_000)).isEqualTo("1.5M");
        assertThat(ValueFormat.tick(25_000, 5_000, 30_000)).isEqualTo("25k");
        assertThat(ValueFormat.tick(0.025, 0.005, 0.05)).isEqualTo("0.025");
        assertThat(ValueFormat.tick(250, 50, 300)).isEqualTo("250");
        assertThat(ValueFormat.tick(7.5, 2.5, 10)).isEqualTo("7.5");
        // One suffix for the scale: 5k beside 10k, not 5000.
        assertThat(ValueTicks.covering(0, 9_800, 3).values()).extracting(ValueTicks.covering(0, 9_800, 3)::label)
                .containsExactly("0", "5k", "10k");
        assertThat(ValueFormat.readout(1234.5678)).isEqualTo("1235");
        assertThat(ValueFormat.readout(0.0123456)).isEqualTo("0.01235");
        assertThat(ValueFormat.readout(123_456.7)).isEqualTo("123,457");
    }

    @Test
    void timeTicksLandOnRoundTimesInTheChosenZone() {
        long from = Micros.of(Instant.parse("2026-05-14T09:07:00Z"));
        long to = Micros.of(Instant.parse("2026-05-14T12:07:00Z"));
        TimeTicks utc = TimeTicks.between(from, to, 10, ZoneOffset.UTC);
        assertThat(utc.stepSeconds()).isEqualTo(1_800);
        assertThat(utc.label(utc.micros().getFirst())).isEqualTo("09:30");
        TimeTicks kolkata = TimeTicks.between(from, to, 10, ZoneId.of("Asia/Kolkata"));
        // 09:07 UTC is 14:37 in Kolkata (+05:30): the first round half hour there is 15:00.
        assertThat(kolkata.label(kolkata.micros().getFirst())).isEqualTo("15:00");
    }

    @Test
    void aTickOnMidnightShowsTheDate() {
        long from = Micros.of(Instant.parse("2026-05-13T22:00:00Z"));
        long to = Micros.of(Instant.parse("2026-05-14T02:00:00Z"));
        TimeTicks ticks = TimeTicks.between(from, to, 4, ZoneOffset.UTC);
        assertThat(ticks.micros()).extracting(ticks::label).contains("May 14", "23:00", "01:00");
    }

    @Test
    void shortRangesAreLabelledToTheSecond() {
        long from = Micros.of(Instant.parse("2026-05-14T09:00:00Z"));
        TimeTicks ticks = TimeTicks.between(from, from + 60_000_000L, 6, ZoneOffset.UTC);
        assertThat(ticks.label(ticks.micros().get(1))).isEqualTo("09:00:10");
    }

    @Test
    void nearestFindsTheClosestPointInTime() {
        PlotSeries s = new PlotSeries("x", "ms", 0, new long[] {10, 20, 30}, new double[] {1, 2, 3});
        assertThat(s.nearest(0)).isZero();
        assertThat(s.nearest(24)).isEqualTo(1);
        assertThat(s.nearest(26)).isEqualTo(2);
        assertThat(s.nearest(99)).isEqualTo(2);
        assertThat(new PlotSeries("e", "", 0, new long[0], new double[0]).nearest(5)).isEqualTo(-1);
    }

    @Test
    void aSeriesWithinItsBudgetIsNotCopied() {
        long[] x = {1, 2, 3};
        double[] y = {1, 5, 2};
        assertThat(PlotSeries.downsampled("s", "", 0, x, y, 10).xMicros()).isSameAs(x);
        assertThat(PlotSeries.downsampled("s", "", 0, new long[] {1, 2, 3, 4, 5}, new double[] {0, 0, 9, 0, 0}, 3).y())
                .containsExactly(0, 9, 0);
    }
}
