package org.incidentworkbench.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LttbTest {

    private static final long EPOCH_2026_MICROS = 1_790_000_000_000_000L;

    @Test
    void aSeriesWithinTheBudgetIsKeptWhole() {
        long[] x = {1, 2, 3, 4};
        double[] y = {5, 1, 7, 2};
        assertThat(Lttb.select(x, y, 4)).containsExactly(0, 1, 2, 3);
        assertThat(Lttb.select(x, y, 100)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void keepsTheFirstAndLastPointAndReturnsExactlyTheBudget() {
        long[] x = times(1_000);
        double[] y = new double[1_000];
        Arrays.setAll(y, i -> Math.sin(i / 20.0));
        int[] kept = Lttb.select(x, y, 50);
        assertThat(kept).hasSize(50);
        assertThat(kept[0]).isZero();
        assertThat(kept[49]).isEqualTo(999);
    }

    @Test
    void keptIndicesAreStrictlyAscendingSoTimeStaysMonotone() {
        long[] x = times(10_000);
        double[] y = new double[10_000];
        Arrays.setAll(y, i -> (i * 7919) % 113);
        int[] kept = Lttb.select(x, y, 300);
        for (int i = 1; i < kept.length; i++) {
            assertThat(kept[i]).isGreaterThan(kept[i - 1]);
            assertThat(x[kept[i]]).isGreaterThan(x[kept[i - 1]]);
        }
    }

    @Test
    void keepsASingleSpikeOnAFlatLine() {
        long[] x = times(1_000);
        double[] y = new double[1_000];
        y[617] = 100;
        int[] kept = Lttb.select(x, y, 20);
        assertThat(kept).contains(617);
    }

    @Test
    void keepsBothThePeakAndTheTroughOfAWave() {
        long[] x = times(2_000);
        double[] y = new double[2_000];
        Arrays.setAll(y, i -> Math.sin(2 * Math.PI * i / 2_000.0));
        int[] kept = Lttb.select(x, y, 40);
        double max = Arrays.stream(kept).mapToDouble(i -> y[i]).max().orElseThrow();
        double min = Arrays.stream(kept).mapToDouble(i -> y[i]).min().orElseThrow();
        assertThat(max).isGreaterThan(0.99);
        assertThat(min).isLessThan(-0.99);
    }

    @Test
    void aBudgetTooSmallToPickFromKeepsEverything() {
        assertThat(Lttb.select(times(5), new double[5], 2)).hasSize(5);
    }

    @Test
    void rejectsArraysOfDifferentLength() {
        assertThatThrownBy(() -> Lttb.select(times(3), new double[2], 2)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Ten-second steps at a 2026 epoch time, as the sample writes them. */
    private static long[] times(int n) {
        long[] x = new long[n];
        Arrays.setAll(x, i -> EPOCH_2026_MICROS + i * 10_000_000L);
        return x;
    }
}
