package org.incidentworkbench.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.incidentworkbench.analysis.logs.LogContext;
import org.incidentworkbench.analysis.logs.LogCursor;
import org.incidentworkbench.analysis.logs.LogPage;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.LogTemplate;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.source.Cancellation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LogReadsTest {

    @RegisterExtension
    static final ScenarioSnapshot DATA = new ScenarioSnapshot(7);
    static final Cancellation NONE = Cancellation.none();
    static final LogQuery ALL = LogQuery.all(TestScenario.WINDOW);

    static String someTraceId() {
        return DATA.scenario().logs.stream().map(LogRecord::traceId).filter(t -> t != null).sorted().findFirst().orElseThrow();
    }

    static Stream<Arguments> pagedQueries() {
        return Stream.of(
                Arguments.of(ALL, 500),
                Arguments.of(ALL.withOrder(LogQuery.Order.NEWEST_FIRST), 333),
                Arguments.of(ALL.withServices(Set.of("checkout", "payments")).withSeverities(Set.of(Severity.WARN, Severity.ERROR))
                        .withOrder(LogQuery.Order.NEWEST_FIRST), 37),
                Arguments.of(ALL.withText("ORDER"), 41),
                Arguments.of(ALL.withServices(Set.of("cart")).withText("order").withOrder(LogQuery.Order.NEWEST_FIRST), 1),
                Arguments.of(ALL.withTraceId(someTraceId()), 2));
    }

    @ParameterizedTest(name = "[{index}] pages of {1}")
    @MethodSource("pagedQueries")
    void keysetPagingVisitsEveryMatchingRecordOnceInOrderWithoutGaps(LogQuery query, int limit) {
        List<LogRecord> expected = Expected.logs(DATA.scenario(), query);
        List<LogRecord> seen = new ArrayList<>();
        LogCursor cursor = null;
        int pages = 0;
        do {
            LogPage page = DATA.source().logs(query, cursor, limit, NONE);
            pages++;
            seen.addAll(page.records());
            boolean more = seen.size() < expected.size();
            assertThat(page.next()).as("next cursor after %d of %d", seen.size(), expected.size()).isEqualTo(
                    more ? Optional.of(page.records().get(page.records().size() - 1).cursor()) : Optional.empty());
            assertThat(page.records()).hasSize(more ? limit : expected.size() - (pages - 1) * limit);
            cursor = page.next().orElse(null);
        } while (cursor != null);

        assertThat(expected).isNotEmpty();
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(new HashSet<>(seen.stream().map(LogRecord::id).toList())).hasSameSizeAs(seen);
    }

    @Test
    void aPageThatTakesTheLastRecordsExactlyHasNoNextCursor() {
        LogQuery q = ALL.withServices(Set.of("payments")).withSeverities(Set.of(Severity.ERROR));
        int n = Expected.logs(DATA.scenario(), q).size();

        assertThat(DATA.source().logs(q, null, n, NONE).next()).isEmpty();
        LogPage first = DATA.source().logs(q, null, n - 1, NONE);
        assertThat(first.next()).isPresent();
        assertThat(DATA.source().logs(q, first.next().orElseThrow(), n, NONE).records()).hasSize(1);
    }

    @Test
    void theRangeIsHalfOpenSoTheRecordAtItsEndIsLeftOut() {
        List<LogRecord> all = pageOfAll(ALL);

        assertThat(all).hasSize(DATA.scenario().logs.size() - 1);
        assertThat(all.get(0).ts()).isEqualTo(TestScenario.WINDOW.start());
        assertThat(all).noneMatch(r -> r.ts().equals(TestScenario.WINDOW.end()));
    }

    @Test
    void recordsCarryEveryField() {
        LogRecord withTrace = DATA.scenario().logs.stream().filter(r -> r.traceId() != null && !r.attributes().isEmpty())
                .min(Expected.OLDEST_FIRST).orElseThrow();

        assertThat(pageOfAll(ALL.withTraceId(withTrace.traceId()))).contains(withTrace);
    }

    @ParameterizedTest(name = "text \"{0}\"")
    @ValueSource(strings = {"'o''brien'", "100%", "%", "_", "new_file_", "C:\\temp\\", "\\", "; --", "--",
            "ÜNÏCÖDÉ GRÜ", "☕", "\"orders_%\"", "' OR 1=1 --", "%'; DROP TABLE log_records; --", "a%b", "_x_",
            "{n}", "Checkout.JAVA", "\\t", "$1", "?"})
    void textSearchMatchesHostileStringsLiterallyIgnoringCase(String text) {
        LogQuery q = ALL.withText(text);

        assertThat(pageOfAll(q)).containsExactlyElementsOf(Expected.logs(DATA.scenario(), q));
        assertThat(DATA.source().tableRowCounts(NONE)).containsEntry("log_records", (long) DATA.scenario().logs.size());
    }

    @Test
    void literalMetacharactersMatchOnlyWhatContainsThem() {
        assertThat(pageOfAll(ALL.withText("%"))).isNotEmpty().allMatch(r -> r.body().contains("%"))
                .hasSizeLessThan(DATA.scenario().logs.size() / 2);
        assertThat(pageOfAll(ALL.withText("_"))).isNotEmpty().allMatch(r -> r.body().contains("_"));
        assertThat(pageOfAll(ALL.withText("ünïcödé"))).isNotEmpty();
    }

    @Test
    void hostileServiceNamesAndTraceIdsMatchNothing() {
        assertThat(pageOfAll(ALL.withServices(Set.of("checkout' OR '1'='1")))).isEmpty();
        assertThat(pageOfAll(ALL.withTraceId("x' OR trace_id IS NULL --"))).isEmpty();
    }

    @Test
    void contextHoldsTheRecordAndItsNeighboursFromTheSameServiceInOrder() {
        for (LogRecord anchor : List.of(DATA.scenario().logs.get(0), DATA.scenario().logs.get(17), DATA.scenario().logs.get(2_500),
                firstOf("payments"), tiedAnchor())) {
            List<LogRecord> sameService = DATA.scenario().logs.stream().filter(r -> r.service().equals(anchor.service()))
                    .sorted(Expected.OLDEST_FIRST).toList();
            int at = sameService.indexOf(anchor);

            LogContext c = DATA.source().logContext(anchor.id(), 5, NONE).orElseThrow();

            assertThat(c.anchor()).isEqualTo(anchor);
            assertThat(c.before()).containsExactlyElementsOf(sameService.subList(Math.max(0, at - 5), at));
            assertThat(c.after()).containsExactlyElementsOf(sameService.subList(at + 1, Math.min(sameService.size(), at + 6)));
        }
    }

    @Test
    void contextOfZeroIsTheRecordAloneAndOfAnUnknownIdIsEmpty() {
        LogRecord anchor = DATA.scenario().logs.get(3);

        assertThat(DATA.source().logContext(anchor.id(), 0, NONE)).contains(new LogContext(anchor, List.of(), List.of()));
        assertThat(DATA.source().logContext(-42, 5, NONE)).isEmpty();
    }

    @Test
    void volumeCountsRecordsPerEpochAlignedBucketAndSeverityLikeJava() {
        for (LogQuery q : List.of(ALL, ALL.withServices(Set.of("checkout")).withText("order"),
                ALL.withSeverities(Set.of(Severity.ERROR, Severity.FATAL)).withOrder(LogQuery.Order.NEWEST_FIRST))) {
            for (Duration bucket : List.of(Duration.ofMinutes(1), Duration.ofMinutes(13), Duration.ofHours(1))) {
                assertThat(DATA.source().logVolume(q, bucket, NONE)).containsExactlyElementsOf(Expected.volume(DATA.scenario(), q, bucket));
            }
        }
    }

    @Test
    void templatesAreListedMostFrequentFirst() {
        assertThat(DATA.source().logTemplates(NONE)).containsExactlyElementsOf(DATA.scenario().templates.stream()
                .sorted(Comparator.comparingLong(LogTemplate::count).reversed()).toList());
    }

    @Test
    void aPageLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> DATA.source().logs(ALL, null, 0, NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<LogRecord> pageOfAll(LogQuery q) {
        LogPage page = DATA.source().logs(q, null, 100_000, NONE);
        assertThat(page.next()).isEmpty();
        return page.records();
    }

    private static LogRecord firstOf(String service) {
        return DATA.scenario().logs.stream().filter(r -> r.service().equals(service)).min(Expected.OLDEST_FIRST).orElseThrow();
    }

    /** A record sharing its timestamp with another of its service, so the id decides the order. */
    private static LogRecord tiedAnchor() {
        return DATA.scenario().logs.stream().filter(r -> DATA.scenario().logs.stream().anyMatch(o -> o != r
                && o.service().equals(r.service()) && o.ts().equals(r.ts()))).findFirst().orElseThrow();
    }
}
