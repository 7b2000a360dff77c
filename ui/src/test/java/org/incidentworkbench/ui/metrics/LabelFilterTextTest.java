package org.incidentworkbench.ui.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelFilterTextTest {

    @Test
    void pairsSeparatedByCommasWithSpacesTrimmed() {
        assertThat(LabelFilterText.parse(" pool = payments-ro , region=eu")).isEqualTo(
                Map.of("pool", "payments-ro", "region", "eu"));
    }

    @Test
    void blankMeansNoFilter() {
        assertThat(LabelFilterText.parse("  ")).isEmpty();
        assertThat(LabelFilterText.parse(null)).isEmpty();
    }

    @Test
    void aPieceWithoutKeyOrValueIsExplained() {
        assertThatThrownBy(() -> LabelFilterText.parse("pool")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key=value").hasMessageContaining("'pool'");
        assertThatThrownBy(() -> LabelFilterText.parse("pool=")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LabelFilterText.parse("=x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatLooksLikeSqlIsJustAValueToBind() {
        assertThat(LabelFilterText.parse("pool=x' OR '1'='1")).containsEntry("pool", "x' OR '1'='1");
    }
}
