package org.incidentworkbench.analysis.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DistinctCounterTest {

    @Test
    void countsExactlyBelowItsCapacityWhateverTheRepeats() {
        DistinctCounter c = new DistinctCounter();
        for (int round = 0; round < 50; round++) {
            for (int v = 0; v < 40; v++) {
                c.add("value-" + v);
            }
        }
        assertThat(c.estimate()).isEqualTo(40);
    }

    @Test
    void estimatesManyDistinctValuesWithinAFewTensOfPercent() {
        DistinctCounter c = new DistinctCounter();
        for (int v = 0; v < 20_000; v++) {
            c.add("user-" + v);
            c.add("user-" + (v / 2)); // repeats change nothing
        }
        assertThat((double) c.estimate()).isCloseTo(20_000, within(20_000 * 0.35));
    }

    @Test
    void addingAnotherCounterCountsTheUnion() {
        DistinctCounter a = new DistinctCounter();
        DistinctCounter b = new DistinctCounter();
        DistinctCounter both = new DistinctCounter();
        for (int v = 0; v < 5_000; v++) {
            (v % 2 == 0 ? a : b).add("k" + v);
            both.add("k" + v);
        }
        a.addAll(b);
        assertThat(a.estimate()).isEqualTo(both.estimate());
    }
}
