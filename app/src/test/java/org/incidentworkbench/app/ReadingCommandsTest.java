package org.incidentworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.metrics.ServiceMetric;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.sample.GenerationResult;
import org.incidentworkbench.sample.SampleGenerator;
import org.incidentworkbench.sample.SampleSpec;
import org.incidentworkbench.sample.Scenario;
import org.incidentworkbench.storage.duckdb.DuckDbIncidentSource;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading commands, run in-process against one small generated snapshot. */
class ReadingCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static GenerationResult sample;
    private static String file;
    private static Workbench workbench;
    private static List<Incident> incidents;
    private static ServiceMetric someMetric;

    @BeforeAll
    static void generateSample() {
        sample = SampleGenerator.generate(SampleSpec.small(Scenario.defaultScenario(), 42), dir.resolve("sample.duckdb"));
        file = sample.snapshot().toString();
        workbench = RecordingDesktop.in(dir.resolve("data"));
        try (DuckDbIncidentSource source = DuckDbSnapshots.open(sample.snapshot())) {
            incidents = source.incidents(Cancellation.none());
            someMetric = source.serviceMetrics(Cancellation.none()).get(0);
        }
    }

    @Test
    void incidentsPrintsAnAlignedTableWithOneRowPerIncident() {
        Run run = Run.of(workbench, "incidents", file);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).matches("id +severity +status +service +trigger +window_start +window_end +title");
        assertThat(lines).hasSize(incidents.size() + 1);
        int titleColumn = lines.get(0).indexOf("title");
        for (int i = 0; i < incidents.size(); i++) {
            assertThat(lines.get(i + 1)).startsWith(incidents.get(i).id().toString());
            assertThat(lines.get(i + 1).substring(titleColumn)).isEqualTo(incidents.get(i).title());
        }
    }

    @Test
    void incidentsAsCsvAndAsJsonHoldTheSameRows() throws Exception {
        List<List<String>> csv = Csv.parse(Run.of(workbench, "incidents", file, "--format", "csv").out());
        JsonNode json = JSON.readTree(Run.of(workbench, "incidents", file, "--format", "json").out());

        assertThat(csv.get(0)).containsExactly("id", "severity", "status", "service", "trigger", "window_start", "window_end", "title");
        assertThat(csv).hasSize(incidents.size() + 1);
        assertThat(json).hasSize(incidents.size());
        for (int i = 0; i < incidents.size(); i++) {
            Incident expected = incidents.get(i);
            assertThat(csv.get(i + 1)).containsExactly(expected.id().toString(), String.valueOf(expected.severity()),
                    expected.status(), expected.serviceName(), expected.triggerType(), expected.windowStart().toString(),
                    expected.windowEnd().toString(), expected.title());
            assertThat(json.get(i).get("severity").isInt()).isTrue();
            assertThat(json.get(i).get("title").asText()).isEqualTo(expected.title());
            assertThat(Instant.parse(json.get(i).get("window_start").asText())).isEqualTo(expected.windowStart());
        }
    }

    @Test
    void infoReportsTheSchemaTheRowCountsOfTheGeneratorAndTheTimeCovered() throws Exception {
        JsonNode info = JSON.readTree(Run.of(workbench, "info", file, "--format", "json").out());

        assertThat(info.get("schema_version").asInt()).isEqualTo(1);
        assertThat(info.get("writer").asText()).startsWith("Incident Workbench ");
        Map<String, Long> counts = new LinkedHashMap<>();
        info.get("tables").forEach(t -> counts.put(t.get("table").asText(), t.get("rows").asLong()));
        assertThat(counts).containsExactlyEntriesOf(sample.rowCounts());
        Instant start = Instant.parse(info.get("window_start").asText());
        Instant end = Instant.parse(info.get("window_end").asText());
        assertThat(Duration.between(start, end)).isBetween(SampleSpec.MIN_SPAN.minusMinutes(5), SampleSpec.MIN_SPAN);
    }

    @Test
    void infoAsATableShowsTheHeaderAboveTheRowCounts() {
        Run run = Run.of(workbench, "info", file);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("schema_version: 1").containsPattern("(?m)^table +rows$")
                .containsPattern("(?m)^metric_points +" + sample.rowCounts().get("metric_points") + "$");
    }

    @Test
    void seriesCountsEveryPointOfTheMetricOnceAcrossMinuteBuckets() throws Exception {
        JsonNode series = JSON.readTree(Run.of(workbench, "series", file, "--service", someMetric.service(),
                "--metric", someMetric.metric(), "--bucket", "1m", "--agg", "count", "--format", "json").out());

        long total = 0;
        for (JsonNode bucket : series) {
            assertThat(Instant.parse(bucket.get("ts").asText()).getEpochSecond() % 60).isZero();
            assertThat(bucket.get("value").asDouble()).isEqualTo(bucket.get("points").asDouble());
            total += bucket.get("points").asLong();
        }
        assertThat(total).isEqualTo(someMetric.points());
    }

    @Test
    void seriesKeepsOnlyTheBucketsInsideFromAndTo() throws Exception {
        Instant from = incidents.get(0).windowStart().truncatedTo(ChronoUnit.HOURS);
        Instant to = from.plusSeconds(600);
        List<List<String>> csv = Csv.parse(Run.of(workbench, "series", file, "--service", someMetric.service(),
                "--metric", someMetric.metric(), "--bucket", "5m", "--agg", "p95",
                "--from", from.toString(), "--to", to.toString(), "--format", "csv").out());

        assertThat(csv.get(0)).containsExactly("ts", "value", "points");
        assertThat(csv.subList(1, csv.size())).extracting(r -> Instant.parse(r.get(0)))
                .containsExactly(from, from.plusSeconds(300));
    }

    @Test
    void logsPagesFollowEachOtherThroughTheCursorWithoutGapsOrRepeats() throws Exception {
        JsonNode all = JSON.readTree(Run.of(workbench, "logs", file, "--severity", "error", "--limit", "30", "--format", "json").out());
        JsonNode first = JSON.readTree(Run.of(workbench, "logs", file, "--severity", "error", "--limit", "10", "--format", "json").out());
        JsonNode second = JSON.readTree(Run.of(workbench, "logs", file, "--severity", "error", "--limit", "20",
                "--after", first.get("next_cursor").asText(), "--format", "json").out());

        List<Long> paged = new ArrayList<>(ids(first.get("records")));
        paged.addAll(ids(second.get("records")));
        assertThat(paged).hasSize(30).containsExactlyElementsOf(ids(all.get("records")));
        assertThat(all.get("records")).allSatisfy(r -> assertThat(r.get("severity").asText()).isEqualTo("ERROR"));
    }

    @Test
    void logsAsATableEndWithTheCommandForTheNextPage() {
        Run run = Run.of(workbench, "logs", file, "--service", incidents.get(0).serviceName(), "--limit", "3", "--newest-first");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).matches(" *id +ts +severity +service +trace_id +body");
        assertThat(lines).hasSize(6);
        assertThat(lines.get(5)).matches("next page: --after -?\\d+:\\d+");
    }

    @Test
    void summaryShowsTheMostPressingIncidentWithItsSignalsChangesAndMessages() {
        Run run = Run.of(workbench, "summary", file);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("Key signals of ", "Changes from ", "What changed in the logs (against ", "Most frequent warnings and errors in the window",
                        "Hypotheses", "Feedback")
                .contains("request rate", "error rate", "p99 latency")
                .contains("deploy");
    }

    @Test
    void summaryNamesThePoolThatRanOutAroundTheIncidentService() {
        Run run = Run.of(workbench, "summary", file);

        // The default scenario: checkout fails because a payments release shrank the payments pool.
        String saturation = run.outLines().stream().filter(l -> l.startsWith("payments · pool payments-rw")).findFirst()
                .orElseThrow(() -> new AssertionError("no saturation row in\n" + run.out()));
        assertThat(run.out()).contains("Saturation: the fullest resource of checkout and what it depends on within 2 hops");
        assertThat(saturation).contains("db_pool_connections_in_use / db_pool_connections_max", "100 %");
    }

    @Test
    void summaryAcceptsAUniquePrefixOfAnIncidentId() {
        Incident incident = incidents.get(incidents.size() - 1);
        Run run = Run.of(workbench, "summary", file, "--incident", incident.id().toString().substring(0, 8));

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo(incident.title());
        assertThat(run.outLines().get(1)).contains(incident.id().toString());
    }

    private static List<Long> ids(JsonNode records) {
        return StreamSupport.stream(records.spliterator(), false).map(r -> r.get("id").asLong()).toList();
    }
}
