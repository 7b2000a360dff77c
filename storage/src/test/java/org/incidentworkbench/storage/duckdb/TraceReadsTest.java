package org.incidentworkbench.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.traces.Span;
import org.incidentworkbench.analysis.traces.TraceQuery;
import org.incidentworkbench.analysis.traces.TraceSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TraceReadsTest {

    @RegisterExtension
    static final ScenarioSnapshot DATA = new ScenarioSnapshot(11);
    static final Cancellation NONE = Cancellation.none();

    static Stream<TraceQuery> queries() {
        TimeRange firstHalfHour = TimeRange.of(TestScenario.T0, Duration.ofMinutes(30));
        return Stream.of(
                new TraceQuery(TestScenario.WINDOW, Set.of(), false, null, 1_000),
                new TraceQuery(TestScenario.WINDOW, Set.of(), false, null, 10),
                new TraceQuery(TestScenario.WINDOW, Set.of("payments"), false, null, 1_000),
                new TraceQuery(TestScenario.WINDOW, Set.of("cart", "postgres"), true, null, 1_000),
                new TraceQuery(TestScenario.WINDOW, Set.of(), true, Duration.ofSeconds(1), 1_000),
                new TraceQuery(firstHalfHour, Set.of(), false, Duration.ofMillis(300), 5));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void summariesMatchThoseComputedInJavaSlowestFirst(TraceQuery q) {
        List<TraceSummary> expected = expectedSummaries(q);

        assertThat(expected).isNotEmpty();
        assertThat(DATA.source().traces(q, NONE)).containsExactlyElementsOf(expected);
    }

    @Test
    void aTraceWithoutItsRootIsSummarisedFromItsFirstSpan() {
        List<TraceSummary> all = DATA.source().traces(new TraceQuery(TestScenario.WINDOW, Set.of(), false, null, 1_000), NONE);

        assertThat(all).anySatisfy(t -> assertThat(t.rootName()).isNotEqualTo("POST /checkout"));
        assertThat(all).anySatisfy(t -> assertThat(t.rootName()).isEqualTo("POST /checkout"));
    }

    @Test
    void tracesWhoseRootStartsBeforeTheRangeAreLeftOut() {
        long early = DATA.scenario().spans.stream().filter(s -> s.parentSpanId() == null)
                .filter(s -> s.start().isBefore(TestScenario.T0)).count();
        List<TraceSummary> all = DATA.source().traces(new TraceQuery(TestScenario.WINDOW, Set.of(), false, null, 1_000), NONE);

        assertThat(early).isPositive();
        assertThat(all).allSatisfy(t -> assertThat(TestScenario.WINDOW.contains(t.start())).isTrue());
    }

    @Test
    void aTraceListsItsSpansByStartTime() {
        String traceId = DATA.scenario().spans.get(DATA.scenario().spans.size() / 2).traceId();

        assertThat(DATA.source().trace(traceId, NONE)).containsExactlyElementsOf(DATA.scenario().spans.stream()
                .filter(s -> s.traceId().equals(traceId))
                .sorted(Comparator.comparing(Span::start).thenComparing(Span::spanId)).toList());
        assertThat(DATA.source().trace("no-such-trace' OR '1'='1", NONE)).isEmpty();
    }

    private static List<TraceSummary> expectedSummaries(TraceQuery q) {
        Map<String, List<Span>> byTrace = DATA.scenario().spans.stream()
                .collect(Collectors.groupingBy(Span::traceId, TreeMap::new, Collectors.toList()));
        List<TraceSummary> out = new ArrayList<>();
        for (List<Span> spans : byTrace.values()) {
            Span root = spans.stream().min(Comparator.comparing((Span s) -> s.parentSpanId() != null)
                    .thenComparing(Span::start).thenComparing(Span::spanId)).orElseThrow();
            long first = spans.stream().mapToLong(s -> Micros.of(s.start())).min().orElseThrow();
            long last = spans.stream().mapToLong(s -> Micros.of(s.end())).max().orElseThrow();
            int errors = (int) spans.stream().filter(Span::isError).count();
            boolean touches = q.services().isEmpty() || spans.stream().anyMatch(s -> q.services().contains(s.service()));
            if (q.range().contains(root.start()) && touches && (!q.errorsOnly() || errors > 0)
                    && last - first >= q.minDuration().toNanos() / 1_000) {
                out.add(new TraceSummary(root.traceId(), root.service(), root.name(), root.start(), last - first,
                        spans.size(), errors));
            }
        }
        return out.stream().sorted(Comparator.comparingLong(TraceSummary::durationMicros).reversed()
                .thenComparing(TraceSummary::traceId)).limit(q.limit()).toList();
    }
}
