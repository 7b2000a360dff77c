package org.incidentworkbench.ui.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TemplateNumbersTest {

    @Test
    void ratiosKeepTwoSignificantDigitsBelowTenAndNoneAbove() {
        assertThat(TemplateNumbers.ratio(66.45)).isEqualTo("×66");
        assertThat(TemplateNumbers.ratio(1_234.5)).isEqualTo("×1,235");
        assertThat(TemplateNumbers.ratio(2.06)).isEqualTo("×2.1");
        assertThat(TemplateNumbers.ratio(0.123)).isEqualTo("×0.12");
        assertThat(TemplateNumbers.ratio(0.5)).isEqualTo("×0.5");
        assertThat(TemplateNumbers.ratio(0)).isEqualTo("×0");
        assertThat(TemplateNumbers.ratio(Double.POSITIVE_INFINITY)).isEqualTo("∞");
    }

    @Test
    void aTinyShareNeverReadsAsNone() {
        assertThat(TemplateNumbers.share(63.21)).isEqualTo("63.2 %");
        assertThat(TemplateNumbers.share(0.01)).isEqualTo("<0.1 %");
        assertThat(TemplateNumbers.share(0)).isEqualTo("0.0 %");
    }

    @Test
    void bucketWidthsInTheLargestWholeUnit() {
        assertThat(TemplateNumbers.width(Duration.ofSeconds(30))).isEqualTo("30 s");
        assertThat(TemplateNumbers.width(Duration.ofMinutes(2))).isEqualTo("2 min");
        assertThat(TemplateNumbers.width(Duration.ofMinutes(90))).isEqualTo("90 min");
        assertThat(TemplateNumbers.width(Duration.ofHours(2))).isEqualTo("2 h");
    }
}
