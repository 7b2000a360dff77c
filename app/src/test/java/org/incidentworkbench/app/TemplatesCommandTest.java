package org.incidentworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.incidents.IncidentSummarizer;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.logs.VolumeBucket;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.sample.GenerationResult;
import org.incidentworkbench.sample.SampleGenerator;
import org.incidentworkbench.sample.SampleSpec;
import org.incidentworkbench.sample.Scenario;
import org.incidentworkbench.storage.duckdb.DuckDbIncidentSource;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workbench templates} on the default sample incident (a payments release shrinks its
 * database pool; the pool's "Connection is not available" errors appear only in the incident),
 * and on small hand-written log files.
 */
class TemplatesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static String file;
    private static Workbench workbench;
    private static List<Incident> incidents;
    private static Incident mostPressing;

    @BeforeAll
    static void generateSample() {
        GenerationResult sample = SampleGenerator.generate(SampleSpec.small(Scenario.defaultScenario(), 42), dir.resolve("sample.duckdb"));
        file = sample.snapshot().toString();
        workbench = RecordingDesktop.in(dir.resolve("data"));
        try (DuckDbIncidentSource source = DuckDbSnapshots.open(sample.snapshot())) {
            incidents = source.incidents(Cancellation.none());
        }
        mostPressing = IncidentSummarizer.mostPressing(incidents).orElseThrow();
    }

    @Test
    void templatesCoverEveryLogRecordOfTheMostPressingIncidentsWindowAndSayWhichBaselineWasUsed() throws Exception {
        JsonNode report = JSON.readTree(Run.of(workbench, "templates", file, "--format", "json").out());

        assertThat(report.get("incident").asText()).isEqualTo(mostPressing.id().toString());
        assertThat(Instant.parse(report.get("window_start").asText())).isEqualTo(mostPressing.windowStart());
        assertThat(Instant.parse(report.get("window_end").asText())).isEqualTo(mostPressing.windowEnd());
        // The small sample starts three hours back: no day before, so the hour before the incident.
        assertThat(report.get("baseline").asText()).isEqualTo("the hour before");
        assertThat(Instant.parse(report.get("baseline_end").asText())).isEqualTo(mostPressing.windowStart());
        assertThat(Instant.parse(report.get("baseline_start").asText())).isEqualTo(mostPressing.windowStart().minus(Duration.ofHours(1)));
        long windowLines = recordsIn(incidentWindow(), Set.of(), Set.of());
        assertThat(windowLines).isPositive();
        assertThat(report.get("window_lines").asLong()).isEqualTo(windowLines);
        assertThat(sum(report.get("templates"), "count")).isEqualTo(windowLines);
        assertThat(report.get("baseline_lines").asLong()).isEqualTo(sum(report.get("templates"), "baseline_count")).isPositive();
        Map<String, Double> sharePerKey = new TreeMap<>();
        for (JsonNode t : report.get("templates")) {
            sharePerKey.merge(t.get("service").asText() + "/" + t.get("severity").asText(), t.get("share_pct").asDouble(), Double::sum);
            assertThat(t.get("template_id").asText()).matches("[0-9a-f]{16}");
        }
        assertThat(sharePerKey.values()).allSatisfy(total -> assertThat(total).isBetween(0.0, 100.2));
        assertThat(sharePerKey.values()).anySatisfy(total -> assertThat(total).isBetween(99.8, 100.2));
    }

    @Test
    void asATableTheWindowsHeadOneRowPerTemplate() {
        Run run = Run.of(workbench, "templates", file, "--service", "payments", "--severity", "error");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).contains("baseline:       the hour before", "incident:       " + mostPressing.id());
        assertThat(run.out()).containsPattern("(?m)^service +severity +count +share_pct +baseline_count +first_seen +last_seen"
                + " +template_id +template +example +parameters$");
        assertThat(run.out()).containsPattern("(?m)^payments +ERROR +\\d+ +[0-9.]+ +0 .*Connection is not available, request timed out"
                + " after <\\*>.*  1: 3000ms \\(\\d+\\)");
    }

    @Test
    void serviceAndSeverityFiltersKeepOnlyTheirTemplatesAndAllTheirLines() throws Exception {
        JsonNode report = JSON.readTree(Run.of(workbench, "templates", file, "--service", "payments,checkout",
                "--severity", "warn", "--severity", "error", "--format", "json").out());

        JsonNode templates = report.get("templates");
        assertThat(templates).isNotEmpty().allSatisfy(t -> {
            assertThat(t.get("service").asText()).isIn("payments", "checkout");
            assertThat(t.get("severity").asText()).isIn("WARN", "ERROR");
        });
        assertThat(sum(templates, "count"))
                .isEqualTo(recordsIn(incidentWindow(), Set.of("payments", "checkout"), EnumSet.of(Severity.WARN, Severity.ERROR)));
    }

    @Test
    void theDiffRanksTheNewPoolTimeoutErrorFirstAndOrdersTheRestBySignificance() throws Exception {
        Run table = Run.of(workbench, "templates", file, "--diff");
        JsonNode changes = JSON.readTree(Run.of(workbench, "templates", file, "--diff", "--format", "json").out()).get("changes");

        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).containsPattern("(?m)^rank +kind +service +severity +count +baseline_count +ratio +p_value"
                + " +template_id +template$");
        assertThat(table.out()).containsPattern("(?m)^ +1 +new +payments +ERROR +\\d+ +0 +inf +[0-9.E-]+ +[0-9a-f]{16} +payments-rw"
                + " - Connection is not available, request timed out after <\\*>");
        JsonNode first = changes.get(0);
        assertThat(first.get("kind").asText()).isEqualTo("new");
        assertThat(first.get("ratio").isNull()).as("an infinite ratio").isTrue();
        assertThat(first.get("template").asText()).contains("Connection is not available, request timed out");
        List<Double> pValues = StreamSupport.stream(changes.spliterator(), false).map(c -> c.get("p_value").asDouble()).toList();
        assertThat(pValues).isSorted().allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(0.001));
        assertThat(changes).extracting(c -> c.get("kind").asText()).contains("surging");
    }

    @Test
    void csvAndJsonHoldTheSameRowsAndCsvNamesTheWindowsOnStderr() throws Exception {
        Run csvRun = Run.of(workbench, "templates", file, "--diff", "--format", "csv");
        List<List<String>> csv = Csv.parse(csvRun.out());
        JsonNode changes = JSON.readTree(Run.of(workbench, "templates", file, "--diff", "--format", "json").out()).get("changes");

        assertThat(csv.get(0)).containsExactly("rank", "kind", "service", "severity", "count", "baseline_count", "ratio", "p_value",
                "template_id", "template");
        assertThat(csv).hasSize(changes.size() + 1);
        for (int i = 0; i < changes.size(); i++) {
            JsonNode c = changes.get(i);
            List<String> row = csv.get(i + 1);
            assertThat(row.subList(0, 6)).containsExactly(String.valueOf(i + 1), c.get("kind").asText(), c.get("service").asText(),
                    c.get("severity").asText(), c.get("count").asText(), c.get("baseline_count").asText());
            // An infinite ratio (a new template) is empty in CSV and null in JSON; p-values keep full precision in both.
            if (c.get("ratio").isNull()) {
                assertThat(row.get(6)).isEmpty();
            } else {
                assertThat(Double.parseDouble(row.get(6))).isEqualTo(c.get("ratio").asDouble());
            }
            assertThat(Double.parseDouble(row.get(7))).isEqualTo(c.get("p_value").asDouble());
            assertThat(row.subList(8, 10)).containsExactly(c.get("template_id").asText(), c.get("template").asText());
        }
        assertThat(csvRun.errLines()).singleElement().asString().isEqualTo("workbench: window " + mostPressing.windowStart()
                + " to " + mostPressing.windowEnd() + ", compared with the hour before (" + mostPressing.windowStart().minusSeconds(3600)
                + " to " + mostPressing.windowStart() + ")");
    }

    @Test
    void anIncidentByIdPrefixAndItsWindowGiveTheSameTemplates() throws Exception {
        Incident other = incidents.stream().filter(i -> !i.equals(mostPressing)).findFirst().orElse(mostPressing);
        JsonNode byIncident = JSON.readTree(Run.of(workbench, "templates", file, "--incident", other.id().toString().substring(0, 8),
                "--format", "json").out());
        JsonNode byWindow = JSON.readTree(Run.of(workbench, "templates", file, "--window", other.windowStart() + ".." + other.windowEnd(),
                "--format", "json").out());

        assertThat(byIncident.get("incident").asText()).isEqualTo(other.id().toString());
        assertThat(byWindow.has("incident")).isFalse();
        assertThat(byWindow.get("templates")).isEqualTo(byIncident.get("templates"));
    }

    @Test
    void aChosenBaselineIsNamedAndTheHourBeforeChosenGivesTheDefaultsTemplates() throws Exception {
        Instant start = mostPressing.windowStart();
        JsonNode chosen = JSON.readTree(Run.of(workbench, "templates", file, "--baseline", start.minusSeconds(3600) + ".." + start,
                "--format", "json").out());
        JsonNode byDefault = JSON.readTree(Run.of(workbench, "templates", file, "--format", "json").out());

        assertThat(chosen.get("baseline").asText()).isEqualTo("the chosen baseline");
        assertThat(chosen.get("templates")).isEqualTo(byDefault.get("templates"));
    }

    @Test
    void conflictingOrMalformedWindowsAreABadCommandLine() {
        String window = mostPressing.windowStart() + ".." + mostPressing.windowEnd();
        Run both = Run.of(workbench, "templates", file, "--incident", mostPressing.id().toString(), "--window", window);
        Run backwards = Run.of(workbench, "templates", file, "--window", mostPressing.windowEnd() + ".." + mostPressing.windowStart());
        Run oneEnd = Run.of(workbench, "templates", file, "--baseline", mostPressing.windowStart().toString());
        Run overlapping = Run.of(workbench, "templates", file, "--baseline", window);
        Run noSource = Run.of(workbench, "templates");

        assertThat(List.of(both, backwards, oneEnd, overlapping, noSource)).allSatisfy(r -> assertThat(r.exitCode()).isEqualTo(2));
        assertThat(both.errLines()).singleElement().asString().contains("--incident and --window both choose the window");
        assertThat(backwards.errLines()).singleElement().asString().contains("ends before it starts");
        assertThat(oneEnd.errLines()).singleElement().asString().contains("is not a window: use FROM..TO");
        assertThat(overlapping.errLines()).singleElement().asString().contains("--baseline: the baseline must not overlap the incident window");
        assertThat(noSource.errLines()).singleElement().asString().contains("missing SOURCE (a snapshot or a database), or --log-file FILE");
    }

    @Test
    void aLogFileIsMinedIntoLineTemplatesWithEachLineGivenItsTemplatesFinalText() throws Exception {
        Path log = Files.writeString(dir.resolve("app.log"), """
                2026-11-20 14:00:01 INFO  auth: Session closed for alice
                2026-11-20 14:00:02 WARN  disk: retry 1 of 5, giving up soon
                2026-11-20 14:00:03 INFO  auth: Session closed for bob
                this line has no header
                2026-11-20 14:00:04 WARN  disk: retry 2 of 5, giving up soon
                2026-11-20 14:00:05 ERROR api: Query "select 1" failed
                2026-11-20 14:00:06 INFO  auth: Session closed for carol
                """);
        Path out = dir.resolve("app.csv");

        Run run = Run.of(workbench, "templates", "--log-file", log.toString(), "--log-format", "<Date> <Time> <Level> <Component>: <Content>",
                "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("workbench: 1 of 7 lines did not fit the format; each was mined whole",
                "workbench: 7 lines, 4 templates; wrote " + out);
        // Lines 1 and 3 had templates of their own until line 7, a third user, showed the word is a
        // variable and joined them: each is written with the final text.
        assertThat(Files.readString(out)).isEqualTo("LineId,EventTemplate\r\n"
                + "1,Session closed for <*>\r\n"
                + "2,\"retry <*> of <*>, giving up soon\"\r\n"
                + "3,Session closed for <*>\r\n"
                + "4,this line has no header\r\n"
                + "5,\"retry <*> of <*>, giving up soon\"\r\n"
                + "6,\"Query \"\"select <*>\"\" failed\"\r\n"
                + "7,Session closed for <*>\r\n");
    }

    @Test
    void withoutOutTheLogFilesTemplatesArePrintedMostFrequentFirst() throws Exception {
        Path log = Files.writeString(dir.resolve("worker.log"), "[w1] started job 17\n[w2] started job 18\n[w1] stopped\n");

        Run table = Run.of(workbench, "templates", "--log-file", log.toString(), "--log-format", "\\[<Worker>\\] <Content>");
        Run csv = Run.of(workbench, "templates", "--log-file", log.toString(), "--log-format", "\\[<Worker>\\] <Content>",
                "--format", "csv");

        assertThat(table.exitCode()).isZero();
        assertThat(table.err()).isEmpty();
        assertThat(table.outLines()).containsExactly("count  template", "    2  started job <*>", "    1  stopped");
        assertThat(Csv.parse(csv.out())).containsExactly(List.of("count", "template"), List.of("2", "started job <*>"),
                List.of("1", "stopped"));
    }

    @Test
    void aBadFormatAMissingFileOrADirectoryFailInOnePlainLine() throws Exception {
        Path log = Files.writeString(dir.resolve("plain.log"), "INFO hello\n");
        Run noContent = Run.of(workbench, "templates", "--log-file", log.toString(), "--log-format", "<Level> <Message>");
        Run unclosed = Run.of(workbench, "templates", "--log-file", log.toString(), "--log-format", "<Level> <Content");
        Run missing = Run.of(workbench, "templates", "--log-file", dir.resolve("nope.log").toString(), "--log-format", "<Content>");
        Run directory = Run.of(workbench, "templates", "--log-file", dir.toString(), "--log-format", "<Content>");
        Run withSource = Run.of(workbench, "templates", file, "--log-file", log.toString(), "--log-format", "<Content>");
        Run withDiff = Run.of(workbench, "templates", "--diff", "--log-file", log.toString(), "--log-format", "<Content>");

        assertThat(noContent.exitCode()).isEqualTo(2);
        assertThat(noContent.errLines()).singleElement().asString().startsWith("workbench: Invalid value for option '--log-format': ")
                .contains("has no <Content> field");
        assertThat(unclosed.exitCode()).isEqualTo(2);
        assertThat(unclosed.errLines()).singleElement().asString().contains("unclosed '<' at column 9");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.errLines()).singleElement().asString().isEqualTo("workbench: no such file: " + dir.resolve("nope.log"));
        assertThat(directory.exitCode()).isEqualTo(1);
        assertThat(directory.errLines()).singleElement().asString().isEqualTo("workbench: " + dir + " is a directory, not a log file");
        assertThat(withSource.exitCode()).isEqualTo(2);
        assertThat(withSource.errLines()).singleElement().asString().contains("give either SOURCE or --log-file, not both");
        assertThat(withDiff.exitCode()).isEqualTo(2);
        assertThat(withDiff.errLines()).singleElement().asString().contains("--diff reads a SOURCE; it does not apply to --log-file");
    }

    private static TimeRange incidentWindow() {
        return new TimeRange(mostPressing.windowStart(), mostPressing.windowEnd());
    }

    /** Counted by the source itself, independently of the miner. */
    private static long recordsIn(TimeRange range, Set<String> services, Set<Severity> severities) {
        try (DuckDbIncidentSource source = DuckDbSnapshots.open(Path.of(file))) {
            LogQuery query = LogQuery.all(range).withServices(services).withSeverities(severities);
            return source.logVolume(query, range.duration().plusSeconds(1), Cancellation.none()).stream()
                    .mapToLong(VolumeBucket::count).sum();
        }
    }

    private static long sum(JsonNode rows, String column) {
        List<Long> values = new ArrayList<>();
        rows.forEach(r -> values.add(r.get(column).asLong()));
        return values.stream().mapToLong(Long::longValue).sum();
    }
}
