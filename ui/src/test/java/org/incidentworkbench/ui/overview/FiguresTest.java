package org.incidentworkbench.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void writesNumbersByUnitWithAFewSignificantDigits() {
        assertThat(Figures.value(0.1274, "ratio")).isEqualTo("12.7 %");
        assertThat(Figures.value(0.0031, "ratio")).isEqualTo("0.31 %");
        assertThat(Figures.value(4860.4, "ms")).isEqualTo("4,860 ms");
        assertThat(Figures.value(21.34, "1/s")).isEqualTo("21.3 /s");
        assertThat(Figures.value(1, "connections")).isEqualTo("1.00 connections");
        assertThat(Figures.value(3, "1")).isEqualTo("3.00");
        assertThat(Figures.value(Double.NaN, "ms")).isEqualTo(Figures.NO_DATA);
        assertThat(Figures.value(1.0, Figures.UTILISATION)).isEqualTo("100 %");
        assertThat(Figures.value(0.3849, Figures.UTILISATION)).isEqualTo("38 %");
    }

    @Test
    void ratiosAreTimesTheBaseline() {
        assertThat(Figures.ratio(44.2)).isEqualTo("×44");
        assertThat(Figures.ratio(1.04)).isEqualTo("×1.0");
        assertThat(Figures.ratio(Double.NaN)).isEmpty();
    }
}
