package org.incidentworkbench.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
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
                Arguments.of(ALL.withTraceId(someTraceId()), 2),
                Arguments.of(ALL.withTemplate("<*> declined: <*>").withOrder(LogQuery.Order.NEWEST_FIRST), 7),
                Arguments.of(ALL.withTemplate("GET /api/cart/<*> 200 in <*>ms").withServices(Set.of("cart", "payments"))
                        .withSeverities(Set.of(Severity.INFO, Severity.WARN)).withText("CART/1"), 3));
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

    /** Templates of the scenario's bodies, written as the miner writes them: each must keep some records. */
    @ParameterizedTest(name = "template \"{0}\"")
    @ValueSource(strings = {"GET /api/cart/<*> 200 in <*>ms", "db pool exhausted (max=<*>) waiting 5000ms",
            "db pool exhausted (max=<*>) waiting <*>", "user 'o''brien' checked out; total=100% -- discount <*>",
            "path C:\\temp\\new_file_<*>.txt not found", "Ünïcödé grüße from café ☕ order <*>",
            "ERROR 42P01: relation \"orders_%\" does not exist", "timeout after 30s calling payments-provider (attempt <*>)",
            "NullPointerException at Checkout.java:<*>", "cache miss for key user:<*>; falling back to db",
            "retrying in <*>ms: connection reset by peer", "health check ok", "<*>", "<*> <*>", "<*>ok",
            "payment for order <*>", "<*> declined: <*>", "worker <*> stalled: queue full", "  health   check\tok ",
            "<*>%<*>", "<*>_<*>", "<*>\\<*>", "<*>'<*>", "<*>☕<*>", "<*>\"<*>"})
    void templateFilterKeepsExactlyTheBodiesTheTemplateFits(String template) {
        LogQuery q = ALL.withTemplate(template);

        assertThat(pageOfAll(q)).isNotEmpty().containsExactlyElementsOf(Expected.logs(DATA.scenario(), q));
    }

    @Test
    void aTemplateVariableCoversARunOfTokens() {
        List<LogRecord> declined = pageOfAll(ALL.withTemplate("payment for order <*>"));

        assertThat(declined).isNotEmpty().allMatch(r -> r.body().endsWith(" declined: insufficient funds"));
        assertThat(pageOfAll(ALL.withTemplate("payment for order <*> funds"))).isEqualTo(declined);
        assertThat(pageOfAll(ALL.withTemplate("payment for <*>"))).isEqualTo(declined);
    }

    @Test
    void templateSpacesMatchAnyRunOfWhitespaceAndTheBodyMayBePadded() {
        List<LogRecord> stalled = DATA.scenario().logs.stream().filter(r -> r.body().contains("stalled:"))
                .sorted(Expected.OLDEST_FIRST).toList();

        assertThat(stalled).isNotEmpty();
        assertThat(pageOfAll(ALL.withTemplate("worker <*> stalled: queue full"))).isEqualTo(stalled);
        assertThat(pageOfAll(ALL.withTemplate(" worker <*>\nstalled:  queue full"))).isEqualTo(stalled);
        assertThat(pageOfAll(ALL.withTemplate("worker <*> stalled: queue"))).isEmpty();
        assertThat(pageOfAll(ALL.withTemplate("worker <*> stalled:queue full"))).isEmpty();
    }

    /** Text that means something to a regular expression, LIKE or SQL, and case: matched literally, so none fit. */
    @ParameterizedTest(name = "template \"{0}\"")
    @ValueSource(strings = {".*", "health.check.ok", "health check o.", "(health) check ok", "health check ok|.*",
            "[h]ealth check ok", "^health check ok$", "health\\s+check ok", "health\\ check ok", "\\Qhealth check ok\\E",
            "health check o%", "health check o_", "health check ok' OR '1'='1", "'; DROP TABLE log_records; --",
            "HEALTH CHECK OK", "ünïcödé grüße from café ☕ order <*>", "%", "_", "\\", "$1", "?", "{n}", "\\d+",
            "health check ok\\", "health check ok[[:space:]]*", "(?i)health check ok", "***:health check ok", "\\x68ealth check ok"})
    void hostileTemplatesAreMatchedLiterally(String template) {
        LogQuery q = ALL.withTemplate(template);

        assertThat(pageOfAll(q)).isEmpty();
        assertThat(Expected.logs(DATA.scenario(), q)).isEmpty();
        assertThat(DATA.source().tableRowCounts(NONE)).containsEntry("log_records", (long) DATA.scenario().logs.size());
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
                ALL.withTemplate("<*> declined: <*>").withSeverities(Set.of(Severity.INFO, Severity.ERROR)),
                ALL.withSeverities(Set.of(Severity.ERROR, Severity.FATAL)).withOrder(LogQuery.Order.NEWEST_FIRST))) {
            for (Duration bucket : List.of(Duration.ofMinutes(1), Duration.ofMinutes(13), Duration.ofHours(1))) {
                assertThat(DATA.source().logVolume(q, bucket, NONE)).containsExactlyElementsOf(Expected.volume(DATA.scenario(), q, bucket));
            }
        }
    }

    @Test
    void theTemplatesMinedFromTheRecordsAreListedMostFrequentFirst() {
        assertThat(DATA.source().logTemplates(NONE)).isNotEmpty().containsExactlyElementsOf(Expected.templates(DATA.scenario()));
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
