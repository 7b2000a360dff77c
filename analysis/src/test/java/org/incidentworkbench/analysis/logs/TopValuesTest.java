package org.incidentworkbench.analysis.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class TopValuesTest {

    @Test
    void countsExactlyWhileTheValuesFitItsCounters() {
        TopValues top = new TopValues(4);
        top.add("a", 3);
        top.add("b", 1);
        top.add("a", 1);

        assertThat(top.top(5)).extracting(MinedTemplate.ValueCount::value, MinedTemplate.ValueCount::count, MinedTemplate.ValueCount::error)
                .containsExactly(Tuple.tuple("a", 4L, 0L), Tuple.tuple("b", 1L, 0L));
    }

    @Test
    void keepsAHeavyValueAmongManyRareOnes() {
        TopValues top = new TopValues(8);
        IntStream.range(0, 10_000).forEach(i -> top.add(i % 5 == 0 ? "hot" : "rare-" + i, 1));

        MinedTemplate.ValueCount first = top.top(1).getFirst();
        assertThat(first.value()).isEqualTo("hot");
        assertThat(first.count() - first.error()).isLessThanOrEqualTo(2_000L);
        assertThat(first.count()).isGreaterThanOrEqualTo(2_000L);
    }

    @Test
    void replacesTheLeastCountedValueAndCarriesItsCountAsTheError() {
        TopValues top = new TopValues(2);
        top.add("a", 5);
        top.add("b", 2);
        top.add("c", 1);

        assertThat(top.top(2)).extracting(MinedTemplate.ValueCount::value, MinedTemplate.ValueCount::count, MinedTemplate.ValueCount::error)
                .containsExactly(Tuple.tuple("a", 5L, 0L), Tuple.tuple("c", 3L, 2L));
    }
}
