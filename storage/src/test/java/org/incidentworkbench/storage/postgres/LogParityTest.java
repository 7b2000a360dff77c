package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.storage.duckdb.TestScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The same seeded scenario in DuckDB and PostgreSQL: every log read answers the same. */
class LogParityTest {

    @RegisterExtension
    static final LiveScenario PG = new LiveScenario();
    static final Cancellation NONE = Cancellation.none();
    static final LogQuery ALL = LogQuery.all(TestScenario.WINDOW);

    IncidentSource duck;
    IncidentSource pg;

    @BeforeEach
    void engines() {
        duck = PG.duck();
        pg = PostgresSources.open(PG.target());
    }

    static String someTraceId() {
        return PG.scenario().logs.stream().map(LogRecord::traceId).filter(t -> t != null).sorted().findFirst().orElseThrow();
    }

    /** Every filter alone and combined, each in both orders. */
    static Stream<LogQuery> queries() {
        TimeRange firstHalf = TimeRange.of(TestScenario.WINDOW.start(), TestScenario.WINDOW.duration().dividedBy(2));
        return Stream.of(ALL, ALL.withRange(firstHalf), ALL.withServices(Set.of("checkout", "payments")),
                ALL.withSeverities(Set.of(Severity.WARN, Severity.ERROR)), ALL.withText("ORDER"), ALL.withText("GRÜßE"),
                ALL.withText("ÜNÏCÖDÉ"), ALL.withText("'o''brien'"), ALL.withText("c:\\temp\\new_"), ALL.withText("orders_%"),
                ALL.withTraceId(someTraceId()), ALL.withTemplate("<*> declined: <*>"),
                ALL.withTemplate("path C:\\temp\\new_file_<*>.txt not found"), ALL.withTemplate("Ünïcödé grüße from café ☕ order <*>"),
                ALL.withTemplate("worker <*> stalled: queue full"), ALL.withTemplate("<*>%<*>").withText("100"),
                ALL.withServices(Set.of("cart")).withSeverities(Set.of(Severity.INFO)).withText("order").withRange(firstHalf),
                ALL.withServices(Set.of("checkout", "payments")).withSeverities(Set.of(Severity.WARN, Severity.ERROR))
                        .withTemplate("db pool exhausted (max=<*>) waiting <*>").withRange(firstHalf))
                .flatMap(q -> Stream.of(q, q.withOrder(LogQuery.Order.NEWEST_FIRST)));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void everyPageIsEqualWalkedToTheEnd(LogQuery query) {
        LogPagesWalk.assertSamePagesToTheEnd(duck, pg, query);
    }

    @ParameterizedTest
    @MethodSource("queries")
    void volumeIsEqual(LogQuery query) {
        for (Duration bucket : List.of(Duration.ofMinutes(1), Duration.ofSeconds(7), Duration.ofHours(1))) {
            assertThat(pg.logVolume(query, bucket, NONE)).as(bucket.toString()).isEqualTo(duck.logVolume(query, bucket, NONE));
        }
    }

    @Test
    void contextIsEqualAroundEveryKindOfRecord() {
        List<LogRecord> ordered = duck.logs(ALL, null, 10_000, NONE).records();
        List<Long> ids = Stream.of(ordered.get(0), ordered.get(1), ordered.get(ordered.size() / 2), ordered.getLast())
                .map(LogRecord::id).toList();
        for (long id : ids) {
            for (int n : List.of(0, 1, 25)) {
                assertThat(pg.logContext(id, n, NONE)).as(id + " ±" + n).isEqualTo(duck.logContext(id, n, NONE));
            }
        }
        assertThat(pg.logContext(-1, 5, NONE)).isEmpty().isEqualTo(duck.logContext(-1, 5, NONE));
    }

    @Test
    void templatesAreEqual() {
        assertThat(pg.logTemplates(NONE)).isNotEmpty().isEqualTo(duck.logTemplates(NONE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "''", "' OR '1'='1", "'; DROP TABLE log_records; --", "\\", "\\\\", "%", "_", "%%",
            "/* */", "--", ";", "\"", "$1", "?", "E'\\x41'", "ünïcødé ☃", "☕", "100% -- discount"})
    void hostileTextIsMatchedLiterally(String hostile) {
        LogQuery q = ALL.withText(hostile).withServices(Set.of(hostile, "cart", "checkout"));
        assertThat(pg.logs(q, null, 10_000, NONE)).isEqualTo(duck.logs(q, null, 10_000, NONE));
        LogQuery byTrace = ALL.withTraceId(hostile);
        assertThat(pg.logs(byTrace, null, 10, NONE).records()).isEmpty();
        assertThat(pg.logVolume(q, Duration.ofMinutes(10), NONE)).isEqualTo(duck.logVolume(q, Duration.ofMinutes(10), NONE));
    }

    /** Mined templates of long lines are long patterns: neither engine refuses one as too complex. */
    @Test
    void aTemplateOfHundredsOfTokensIsAnsweredAlike() {
        for (LogQuery q : List.of(ALL.withTemplate("<*> order" + " <*>".repeat(400)), ALL.withTemplate("<*>" + " order <*>".repeat(300)))) {
            assertThat(pg.logs(q, null, 10_000, NONE)).isEqualTo(duck.logs(q, null, 10_000, NONE));
        }
    }

    /** A template is bound as a pattern whose every character but {@code <*>} and whitespace is literal, in both engines. */
    @ParameterizedTest
    @ValueSource(strings = {"'", "''", "' OR '1'='1", "'; DROP TABLE log_records; --", "\\", "\\\\", "%", "_", "%%",
            "/* */", "--", ";", "\"", "$1", "?", "E'\\x41'", "ünïcødé ☃", "☕", "100% -- discount", ".", "*", "+", "|", "^", "$",
            "(", ")", "[", "]", "{", "}", "\\s", "\\d", "\\m", "\\y", "\\Z", "\\b", "[[:<:]]", "(?i)", "***:", "***=",
            "Ü", "grüße", "o''brien", "orders_%", "C:\\temp\\new_file_", ":"})
    void hostileTemplatesMatchTheSameRecords(String hostile) {
        for (LogQuery q : List.of(ALL.withTemplate(hostile), ALL.withTemplate("<*>" + hostile + "<*>"),
                ALL.withTemplate(hostile + "<*>").withOrder(LogQuery.Order.NEWEST_FIRST))) {
            assertThat(pg.logs(q, null, 10_000, NONE)).as(q.template()).isEqualTo(duck.logs(q, null, 10_000, NONE));
            assertThat(pg.logVolume(q, Duration.ofMinutes(10), NONE)).isEqualTo(duck.logVolume(q, Duration.ofMinutes(10), NONE));
        }
    }
}
