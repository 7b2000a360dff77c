package org.incidentworkbench.analysis.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NiceTimeStepsTest {

    @Test
    void theLadderAscendsAndEveryStepBelowADayDividesADay() {
        assertThat(NiceTimeSteps.LADDER).isSorted().doesNotHaveDuplicates();
        assertThat(NiceTimeSteps.LADDER).filteredOn(s -> s.compareTo(Duration.ofDays(1)) < 0)
                .allSatisfy(s -> assertThat(Duration.ofDays(1).toNanos() % s.toNanos()).isZero());
    }

    @Test
    void anInBetweenDurationRoundsUpAndANiceOneIsKept() {
        assertThat(NiceTimeSteps.atLeast(Duration.ofMillis(10_800))).isEqualTo(Duration.ofSeconds(15));
        assertThat(NiceTimeSteps.atLeast(Duration.ofSeconds(72))).isEqualTo(Duration.ofMinutes(2));
        assertThat(NiceTimeSteps.atLeast(Duration.ofMinutes(1))).isEqualTo(Duration.ofMinutes(1));
        assertThat(NiceTimeSteps.atLeast(Duration.ofMillis(300))).isEqualTo(Duration.ofMillis(500));
        assertThat(NiceTimeSteps.atLeast(Duration.ZERO)).isEqualTo(NiceTimeSteps.LADDER.getFirst());
    }

    @Test
    void beyondTheLadderTheWidestStepIsUsed() {
        assertThat(NiceTimeSteps.atLeast(Duration.ofDays(30))).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aCutStepKeepsTheCountWithinTheLimit() {
        assertThat(NiceTimeSteps.cutting(Duration.ofHours(1), 120)).isEqualTo(Duration.ofSeconds(30));
        assertThat(NiceTimeSteps.cutting(Duration.ofHours(1), 8)).isEqualTo(Duration.ofMinutes(10));
        assertThat(NiceTimeSteps.cutting(Duration.ofHours(3), 10)).isEqualTo(Duration.ofMinutes(30));
        assertThatThrownBy(() -> NiceTimeSteps.cutting(Duration.ofHours(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
