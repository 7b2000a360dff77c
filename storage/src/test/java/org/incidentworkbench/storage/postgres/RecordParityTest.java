package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.incidentworkbench.analysis.changes.Commit;
import org.incidentworkbench.analysis.changes.DeploymentEvent;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.knowledge.KbEmbedding;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.traces.TraceQuery;
import org.incidentworkbench.storage.duckdb.TestScenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same seeded scenario in DuckDB and PostgreSQL: incidents and what hangs off them, services,
 * topology, changes, traces and knowledge answer the same. JSON text is compared as JSON: jsonb
 * keeps the value, not the spelling (it orders keys by length and drops insignificant spaces).
 */
class RecordParityTest {

    @RegisterExtension
    static final LiveScenario PG = new LiveScenario();
    static final Cancellation NONE = Cancellation.none();
    static final TimeRange WINDOW = TestScenario.WINDOW;
    static final TimeRange WIDE = TimeRange.of(WINDOW.start().minus(Duration.ofDays(60)), Duration.ofDays(120));
    static final ObjectMapper JSON = new ObjectMapper();

    IncidentSource duck;
    PostgresIncidentSource pg;

    @BeforeEach
    void engines() {
        duck = PG.duck();
        pg = PostgresSources.open(PG.target());
    }

    @AfterEach
    void close() {
        pg.close();
    }

    @Test
    void servicesTopologyAndCatalogsAreEqual() {
        sameAll(IncidentSource::services);
        sameAll(IncidentSource::topology);
        sameAll(IncidentSource::metricDescriptors);
        sameAll(IncidentSource::logTemplates);
        sameAll(IncidentSource::knowledgeDocuments);
    }

    @Test
    void incidentsAndWhatHangsOffThemAreEqual() {
        List<UUID> ids = new ArrayList<>(duck.incidents(NONE).stream().map(Incident::id).toList());
        assertThat(ids).hasSizeGreaterThan(1);
        sameAll(IncidentSource::incidents);
        UUID first = ids.get(0);
        assertThat(List.of(pg.decisions(first, NONE), pg.hypotheses(first, NONE), pg.evidence(first, NONE),
                pg.reports(first, NONE), pg.feedback(first, NONE))).as("rows to compare").allSatisfy(l -> assertThat(l).isNotEmpty());
        ids.add(new UUID(7, 7));
        for (UUID id : ids) {
            same(s -> s.incident(id, NONE).stream().toList());
            same(s -> s.decisions(id, NONE));
            same(s -> s.hypotheses(id, NONE));
            same(s -> s.evidence(id, NONE));
            same(s -> s.reports(id, NONE));
            same(s -> s.feedback(id, NONE));
        }
    }

    @Test
    void changesAreEqual() {
        for (TimeRange range : List.of(WINDOW, WIDE, TimeRange.of(WINDOW.end(), Duration.ofMinutes(1)))) {
            same(s -> s.deployments(range, NONE));
            same(s -> s.configChanges(range, NONE));
        }
        List<UUID> deployments = new ArrayList<>(duck.deployments(WIDE, NONE).stream().map(DeploymentEvent::id).toList());
        assertThat(deployments).isNotEmpty();
        deployments.add(new UUID(1, 2));
        for (UUID id : deployments) {
            same(s -> s.commitRange(id, NONE).stream().toList());
        }
        List<String> shas = new ArrayList<>(PG.scenario().commits.stream().map(Commit::sha).toList());
        List<String> asked = new ArrayList<>(shas);
        asked.addAll(List.of("no-such-sha", "' OR '1'='1", "\\"));
        same(s -> s.commits(asked, NONE));
        same(s -> s.commits(List.of(), NONE));
        shas.add("'; DROP TABLE commits; --");
        for (String sha : shas) {
            same(s -> s.commitFiles(sha, NONE));
        }
    }

    @Test
    void tracesAreEqualForEveryFilter() {
        TimeRange firstHour = TimeRange.of(WINDOW.start(), Duration.ofHours(1));
        List<TraceQuery> queries = List.of(
                new TraceQuery(WINDOW, Set.of(), false, Duration.ZERO, 1_000),
                new TraceQuery(WINDOW, Set.of(), false, Duration.ZERO, 3),
                new TraceQuery(firstHour, Set.of("payments"), false, Duration.ZERO, 1_000),
                new TraceQuery(WINDOW, Set.of("cart", "postgres"), true, Duration.ZERO, 1_000),
                new TraceQuery(WINDOW, Set.of(), false, Duration.ofMillis(150), 1_000),
                new TraceQuery(WINDOW, Set.of("' OR 1=1 --"), false, Duration.ZERO, 1_000));
        for (TraceQuery q : queries) {
            same(s -> s.traces(q, NONE));
        }
        List<String> traceIds = new ArrayList<>(duck.traces(queries.get(0), NONE).stream().map(t -> t.traceId()).toList());
        assertThat(traceIds).isNotEmpty();
        traceIds.add("no-such-trace");
        for (String id : traceIds) {
            same(s -> s.trace(id, NONE));
        }
    }

    @Test
    void nearestDocumentsAreEqualPerModelAndK() {
        Random random = new Random(5);
        List<float[]> queries = new ArrayList<>(PG.scenario().embeddings.stream().map(KbEmbedding::vector).toList());
        for (int i = 0; i < 5; i++) {
            float[] v = new float[queries.get(0).length];
            for (int j = 0; j < v.length; j++) {
                v[j] = (float) random.nextGaussian();
            }
            queries.add(v);
        }
        assertThat(pg.nearestDocuments(queries.get(0), TestScenario.MODEL, 3, NONE)).hasSize(3);
        queries.add(new float[] {1, 2, 3});
        for (float[] q : queries) {
            for (String model : List.of(TestScenario.MODEL, TestScenario.OTHER_MODEL, "no-such-model")) {
                for (int k : List.of(1, 3, 100)) {
                    same(s -> s.nearestDocuments(q, model, k, NONE));
                }
            }
        }
    }

    /** Both engines' answers to {@code read}, equal record by record. */
    private void same(Function<IncidentSource, List<?>> read) {
        List<?> expected = read.apply(duck);
        List<?> actual = read.apply(pg);
        assertThat(canonical(actual)).isEqualTo(canonical(expected));
    }

    private void sameAll(ReadAll read) {
        same(s -> read.apply(s, NONE));
    }

    @FunctionalInterface
    private interface ReadAll {
        List<?> apply(IncidentSource source, Cancellation cancel);
    }

    /** Each record as its components, JSON text (components named *Json) parsed, nested records too. */
    private static List<Object> canonical(List<?> records) {
        List<Object> out = new ArrayList<>();
        for (Object r : records) {
            out.add(canonical(r));
        }
        return out;
    }

    private static Object canonical(Object value) {
        if (value == null || !value.getClass().isRecord()) {
            return value;
        }
        List<Object> components = new ArrayList<>();
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(value);
                components.add(Arrays.asList(c.getName(), c.getName().endsWith("Json") && v != null
                        ? JSON.readTree((String) v) : canonical(v)));
            } catch (ReflectiveOperationException | JsonProcessingException e) {
                throw new AssertionError(e);
            }
        }
        return components;
    }
}
