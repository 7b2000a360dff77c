package org.incidentworkbench.analysis.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.incidentworkbench.analysis.logs.LogTemplate;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.time.Micros;
import org.junit.jupiter.api.Test;

class StoredTemplatesTest {

    static final long T0 = Micros.of(Instant.parse("2026-03-02T10:00:00.000123Z"));

    @Test
    void linesOfOneShapeBecomeOneTemplateWithTheirCountShareAndFirstAndLastSeen() {
        StoredTemplates stored = new StoredTemplates(MinerSettings.defaults());
        stored.add("checkout", Severity.ERROR, T0 + 5, "db pool exhausted (max=10) waiting 5000ms");
        stored.add("checkout", Severity.ERROR, T0 + 9, "health check failed");
        stored.add("checkout", Severity.ERROR, T0 + 1, "db pool exhausted (max=20) waiting 5000ms");
        stored.add("checkout", Severity.ERROR, T0 + 7, "db pool exhausted (max=30) waiting 5000ms");

        List<LogTemplate> templates = stored.templates();

        assertThat(templates).hasSize(2);
        LogTemplate pool = templates.get(0);
        assertThat(pool.template()).isEqualTo("db pool exhausted (max=<*>) waiting <*>");
        assertThat(pool.example()).isEqualTo("db pool exhausted (max=10) waiting 5000ms");
        assertThat(pool.count()).isEqualTo(3);
        assertThat(pool.percentage()).isEqualTo(75.0);
        assertThat(pool.firstSeen()).isEqualTo(Micros.toInstant(T0 + 1));
        assertThat(pool.lastSeen()).isEqualTo(Micros.toInstant(T0 + 7));
        assertThat(templates.get(1)).isEqualTo(new LogTemplate(templates.get(1).templateId(), "checkout", Severity.ERROR,
                "health check failed", "health check failed", 1, 25.0, Micros.toInstant(T0 + 9), Micros.toInstant(T0 + 9)));
    }

    @Test
    void eachServiceAndSeverityHasItsOwnTemplatesAndShares() {
        StoredTemplates stored = new StoredTemplates(MinerSettings.defaults());
        stored.add("cart", Severity.INFO, T0, "health check ok");
        stored.add("cart", Severity.WARN, T0 + 1, "health check ok");
        stored.add("payments", Severity.INFO, T0 + 2, "health check ok");
        stored.add("cart", Severity.INFO, T0 + 3, "health check ok");

        assertThat(stored.templates()).extracting(LogTemplate::service, LogTemplate::severity, LogTemplate::count,
                        LogTemplate::percentage)
                .containsExactly(tuple("cart", Severity.WARN, 1L, 100.0),
                        tuple("cart", Severity.INFO, 2L, 100.0),
                        tuple("payments", Severity.INFO, 1L, 100.0));
    }

    @Test
    void theSameTemplateHasTheSameIdWhereverAndWheneverItIsMined() {
        StoredTemplates one = new StoredTemplates(MinerSettings.defaults());
        one.add("cart", Severity.INFO, T0, "user 7 logged in");
        one.add("cart", Severity.INFO, T0 + 1, "user 8 logged in");
        StoredTemplates other = new StoredTemplates(MinerSettings.defaults());
        other.add("payments", Severity.WARN, T0 + 99, "user 12 logged in");

        assertThat(one.templates().get(0).templateId()).isEqualTo(other.templates().get(0).templateId());
    }

    @Test
    void nothingMinedIsNoTemplates() {
        assertThat(new StoredTemplates(MinerSettings.defaults()).templates()).isEmpty();
    }
}
