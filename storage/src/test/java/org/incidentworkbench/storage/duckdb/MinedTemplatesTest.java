package org.incidentworkbench.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.LogTemplate;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.time.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A snapshot's {@code log_templates} are mined from the log records it holds, when it is written. */
class MinedTemplatesTest {

    @RegisterExtension
    static final ScenarioSnapshot DATA = new ScenarioSnapshot(11);
    static final Cancellation NONE = Cancellation.none();
    /** The scenario has a record at its window's end; the templates count it too. */
    static final LogQuery EVERY_RECORD = LogQuery.all(new TimeRange(TestScenario.WINDOW.start(), TestScenario.WINDOW.end().plusSeconds(1)));

    /** Service and severity: what templates are mined and shared within. */
    record Key(String service, Severity severity) {
    }

    static Map<Key, List<LogRecord>> recordsByKey() {
        return DATA.scenario().logs.stream().collect(Collectors.groupingBy(r -> new Key(r.service(), r.severity())));
    }

    static List<LogTemplate> templates() {
        return DATA.source().logTemplates(NONE);
    }

    @Test
    void eachServiceAndSeveritysRepeatedPoolExhaustedLinesAreOneTemplateWithTheirCountShareAndFirstAndLastSeen() {
        int checked = 0;
        for (Map.Entry<Key, List<LogRecord>> e : recordsByKey().entrySet()) {
            List<LogRecord> pool = e.getValue().stream().filter(r -> r.body().startsWith("db pool exhausted")).toList();
            if (pool.isEmpty()) {
                continue;
            }
            List<LogTemplate> mined = templates().stream().filter(t -> t.service().equals(e.getKey().service())
                    && t.severity() == e.getKey().severity() && t.template().startsWith("db pool exhausted")).toList();

            assertThat(mined).as(e.getKey().toString()).hasSize(1);
            LogTemplate t = mined.get(0);
            assertThat(t.template()).isEqualTo("db pool exhausted (max=<*>) waiting <*>");
            assertThat(t.count()).isEqualTo(pool.size());
            assertThat(t.percentage()).isCloseTo(100.0 * pool.size() / e.getValue().size(), within(1e-9));
            assertThat(t.firstSeen()).isEqualTo(pool.stream().map(LogRecord::ts).min(Comparator.naturalOrder()).orElseThrow());
            assertThat(t.lastSeen()).isEqualTo(pool.stream().map(LogRecord::ts).max(Comparator.naturalOrder()).orElseThrow());
            assertThat(pool).extracting(LogRecord::body).contains(t.example());
            checked++;
        }
        assertThat(checked).isGreaterThan(5);
    }

    @Test
    void everyRecordIsCountedOnceAndEachServiceAndSeveritysSharesAddUpToAHundred() {
        Map<Key, List<LogTemplate>> byKey = templates().stream()
                .collect(Collectors.groupingBy(t -> new Key(t.service(), t.severity())));

        assertThat(byKey.keySet()).isEqualTo(recordsByKey().keySet());
        recordsByKey().forEach((key, records) -> {
            assertThat(byKey.get(key).stream().mapToLong(LogTemplate::count).sum()).as(key.toString()).isEqualTo(records.size());
            assertThat(byKey.get(key).stream().mapToDouble(LogTemplate::percentage).sum()).isCloseTo(100.0, within(1e-9));
            assertThat(byKey.get(key)).extracting(LogTemplate::templateId).doesNotHaveDuplicates();
        });
    }

    @Test
    void everyTemplateAsALogFilterKeepsEveryRecordItCounts() {
        for (LogTemplate t : templates()) {
            LogQuery q = EVERY_RECORD.withServices(Set.of(t.service())).withSeverities(Set.of(t.severity())).withTemplate(t.template());
            List<LogRecord> kept = DATA.source().logs(q, null, 10_000, NONE).records();

            assertThat(kept.size()).as(t.template()).isGreaterThanOrEqualTo((int) t.count());
            assertThat(kept).extracting(LogRecord::body).contains(t.example());
            Instant first = kept.get(0).ts();
            assertThat(first).isBeforeOrEqualTo(t.firstSeen());
            assertThat(kept.getLast().ts()).isAfterOrEqualTo(t.lastSeen());
        }
    }

    @Test
    void bodiesWithRunsOfWhitespaceGiveASingleSpacedTemplate() {
        assertThat(templates()).extracting(LogTemplate::template).contains("worker <*> stalled: queue full");
    }
}
