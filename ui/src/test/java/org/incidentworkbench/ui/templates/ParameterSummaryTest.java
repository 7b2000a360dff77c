package org.incidentworkbench.ui.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParameterSummaryTest {

    @Test
    void showsOnlyThePartOfATokenTheWildcardStandsFor() {
        assertThat(ParameterSummary.variablePart("(total=<*>,", "(total=10,")).isEqualTo("10");
        assertThat(ParameterSummary.variablePart("<*>", "3000ms")).isEqualTo("3000ms");
        assertThat(ParameterSummary.variablePart("u-<*>", "u-42")).isEqualTo("42");
    }

    @Test
    void showsAValueWholeWhenItDoesNotFitTheFrameOrTheTokenHoldsSeveralWildcards() {
        assertThat(ParameterSummary.variablePart("(total=<*>,", "total")).isEqualTo("total");
        assertThat(ParameterSummary.variablePart("<*>:<*>", "10.0.0.1:80")).isEqualTo("10.0.0.1:80");
        assertThat(ParameterSummary.variablePart("(<*>)", "()")).isEqualTo("()");
    }
}
