package org.incidentworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.incidentworkbench.app.desktop.StartWith;
import org.incidentworkbench.sample.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleAndDemoCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void sampleWritesTheSnapshotAndItsGroundTruthAndReportsRowCounts() throws Exception {
        Path out = dir.resolve("surge.duckdb");

        Run run = Run.of(RecordingDesktop.in(dir), "sample", "--scenario", "traffic-surge", "--seed", "7", "--small",
                "--out", out.toString(), "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("scenario").asText()).isEqualTo("traffic-surge");
        assertThat(report.get("seed").asLong()).isEqualTo(7);
        assertThat(Path.of(report.get("snapshot").asText())).exists().isEqualTo(out);
        assertThat(Path.of(report.get("ground_truth").asText())).exists();
        assertThat(report.get("seconds").asDouble()).isPositive();
        assertThat(report.get("tables")).anySatisfy(t -> {
            assertThat(t.get("table").asText()).isEqualTo("metric_points");
            assertThat(t.get("rows").asLong()).isPositive();
        });
        assertThat(Run.of(RecordingDesktop.in(dir), "info", out.toString()).exitCode()).isZero();
    }

    @Test
    void scenariosListsEveryScenarioAndMarksTheDefault() {
        Run run = Run.of(RecordingDesktop.in(dir), "scenarios", "--format", "csv");

        assertThat(Csv.parse(run.out())).hasSize(Scenario.values().length + 1)
                .contains(List.of(Scenario.defaultScenario().cliName(), "yes", Scenario.defaultScenario().description()));
        assertThat(Run.of(RecordingDesktop.in(dir), "sample", "--list").out())
                .contains(Arrays.stream(Scenario.values()).map(Scenario::cliName).toArray(String[]::new));
    }

    @Test
    void demoPreparesTheSampleOnceThenOpensTheDesktopAppOnItsWorkspace() throws Exception {
        RecordingDesktop desktop = new RecordingDesktop();
        Workbench workbench = desktop.workbench(dir);
        Path sample = dir.resolve("samples").resolve("checkout-db-pool-42.duckdb");

        Run first = Run.of(workbench, "demo");
        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).contains("generating the sample incident");
        assertThat(sample).exists();
        assertThat(desktop.runs).containsExactly(new StartWith.SampleIncident());

        Run second = Run.of(workbench, "demo");
        assertThat(second.exitCode()).isZero();
        assertThat(second.err()).isEmpty();

        Files.writeString(sample, "damaged");
        Run third = Run.of(workbench, "demo");
        assertThat(third.exitCode()).isZero();
        assertThat(third.err()).contains("cannot be used", "generating the sample incident");
        assertThat(Run.of(workbench, "summary", sample.toString()).out()).contains("Key signals of ");
    }

    @Test
    void openAndNoCommandOpenTheDesktopApp() {
        RecordingDesktop desktop = new RecordingDesktop();
        Workbench workbench = desktop.workbench(dir);

        assertThat(Run.of(workbench).exitCode()).isZero();
        assertThat(Run.of(workbench, "open").exitCode()).isZero();
        assertThat(Run.of(workbench, "open", "x.duckdb").exitCode()).isZero();

        assertThat(desktop.runs).containsExactly(new StartWith.StartPage(), new StartWith.StartPage(),
                new StartWith.Snapshot(Path.of("x.duckdb").toAbsolutePath()));
    }
}
