package org.incidentworkbench.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Value ticks, number formats and the series model: the chart's pure parts (time ticks are analysis.time's). */
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
