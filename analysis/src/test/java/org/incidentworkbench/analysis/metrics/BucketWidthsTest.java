package org.incidentworkbench.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.incidentworkbench.analysis.time.NiceTimeSteps;
import org.junit.jupiter.api.Test;

class BucketWidthsTest {

    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    @Test
    void aboutOneBucketPerPixelRoundedUpToANiceWidth() {
        // 3 h over 1,000 px is 10.8 s per pixel: the next nice width is 15 s.
        assertThat(BucketWidths.auto(Duration.ofHours(3), 1_000, Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(15));
        // 24 h over 1,200 px is 72 s per pixel: 2 min.
        assertThat(BucketWidths.auto(Duration.ofHours(24), 1_200, TEN_SECONDS)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void neverFinerThanTheDataResolution() {
        assertThat(BucketWidths.auto(Duration.ofMinutes(5), 1_000, TEN_SECONDS)).isEqualTo(TEN_SECONDS);
    }

    @Test
    void anExactNiceWidthIsKept() {
        assertThat(BucketWidths.auto(Duration.ofMinutes(1_000), 1_000, TEN_SECONDS)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aVeryLongRangeGetsTheWidestWidth() {
        assertThat(BucketWidths.auto(Duration.ofDays(3_650), 800, TEN_SECONDS)).isEqualTo(NiceTimeSteps.LADDER.getLast());
    }

    @Test
    void labelsReadAsPeopleSayThem() {
        assertThat(BucketWidths.label(Duration.ofMillis(250))).isEqualTo("250 ms");
        assertThat(BucketWidths.label(Duration.ofSeconds(10))).isEqualTo("10 s");
        assertThat(BucketWidths.label(Duration.ofMinutes(5))).isEqualTo("5 min");
        assertThat(BucketWidths.label(Duration.ofHours(1))).isEqualTo("1 h");
        assertThat(BucketWidths.label(Duration.ofDays(1))).isEqualTo("1 d");
    }
}
