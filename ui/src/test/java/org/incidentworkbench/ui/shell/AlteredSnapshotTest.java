package org.incidentworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.state.AppStateStore;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.export.CheckedSnapshotOpener;
import org.incidentworkbench.storage.export.ExportProgress;
import org.incidentworkbench.storage.export.ExportRequest;
import org.incidentworkbench.storage.export.SnapshotExporter;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.SameThreadTaskRunner;
import org.incidentworkbench.ui.testing.FakeDatabase;
import org.incidentworkbench.ui.testing.FreshStateStore;
import org.incidentworkbench.ui.testing.MemoryFeedback;
import org.incidentworkbench.ui.testing.RecordingSection;
import org.incidentworkbench.ui.testing.StorageTools;
import org.incidentworkbench.ui.testing.UiSample;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening an exported snapshot checks it against its manifest in the background; an altered one reaches the banner. */
class AlteredSnapshotTest {

    @TempDir
    static Path shared;
    static Path exported;

    @TempDir
    Path dir;

    private final Problems problems = new Problems(Clock.systemUTC());
    private final AppStateStore state = FreshStateStore.open();
    private final ShellViewModel shell = new ShellViewModel(new CheckedSnapshotOpener(), status -> UiSample.file(),
            new FakeDatabase(), state, new SameThreadTaskRunner(problems), new TimeZoneSetting(ZoneOffset.UTC),
            Map.of(Section.OVERVIEW, c -> new RecordingSection(null)), Clock.systemUTC(), new MemoryFeedback(),
            StorageTools.exportOnly());

    /** A small export of the sample's first incident: its service alone, a minute of margin. */
    @BeforeAll
    static void export() {
        exported = shared.resolve("export.duckdb");
        try (IncidentSource sample = DuckDbSnapshots.open(UiSample.file())) {
            ExportRequest request = new ExportRequest(sample.incidents(Cancellation.none()).get(0).id(),
                    Duration.ofMinutes(1), ExportRequest.DEFAULT_BASELINE_OFFSET, 0);
            new SnapshotExporter(Clock.systemUTC()).export(sample, request, exported, ExportProgress.NONE, Cancellation.none());
        }
    }

    @AfterEach
    void close() {
        shell.closeSource();
        state.close();
    }

    @Test
    void anUntouchedExportOpensWithoutAWarning() {
        shell.openSnapshot(exported);

        assertThat(shell.pageProperty().get()).isEqualTo(Page.INCIDENTS);
        assertThat(problems.currentProperty().get()).isNull();
    }

    @Test
    void anExportWhoseLogsWereEditedOpensAndTheBannerNamesTheTable() throws Exception {
        Path tampered = Files.copy(exported, dir.resolve("tampered.duckdb"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + tampered.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("UPDATE log_records SET body = 'edited' WHERE log_id = (SELECT min(log_id) FROM log_records)");
        }

        shell.openSnapshot(tampered);

        assertThat(shell.pageProperty().get()).isEqualTo(Page.INCIDENTS);
        assertThat(problems.currentProperty().get().task()).isEqualTo("Checking tampered.duckdb against its manifest");
        assertThat(problems.currentProperty().get().message()).contains("tampered.duckdb")
                .contains("log_records was changed after export").doesNotContain("Unexpected");
    }

    @Test
    void aSnapshotWithoutAManifestIsNotChecked() {
        shell.openSnapshot(UiSample.file());

        assertThat(problems.currentProperty().get()).isNull();
    }
}
