package org.incidentworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.incidents.IncidentSummarizer;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.state.RecentWorkspace;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.SameThreadTaskRunner;
import org.incidentworkbench.analysis.state.AppStateStore;
import org.incidentworkbench.ui.testing.FakeDatabase;
import org.incidentworkbench.ui.testing.FreshStateStore;
import org.incidentworkbench.ui.testing.MemoryFeedback;
import org.incidentworkbench.ui.testing.RecordingSection;
import org.incidentworkbench.ui.testing.StorageTools;
import org.incidentworkbench.ui.testing.UiSample;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    @TempDir
    Path dir;

    private final Problems problems = new Problems(Clock.systemUTC());
    private final AppStateStore state = FreshStateStore.open();
    private final List<IncidentSource> opened = new ArrayList<>();
    private final List<String> sampleStatus = new ArrayList<>();
    private final TimeZoneSetting zone = new TimeZoneSetting(ZoneId.of("Europe/Berlin"));
    private final ShellViewModel shell = new ShellViewModel(
            file -> {
                IncidentSource source = DuckDbSnapshots.open(file);
                opened.add(source);
                return source;
            },
            status -> {
                sampleStatus.add("ensured");
                return UiSample.file();
            },
            new FakeDatabase(), state, new SameThreadTaskRunner(problems), zone,
            Map.of(Section.OVERVIEW, c -> new RecordingSection(null)), Clock.fixed(NOW, ZoneOffset.UTC),
            new MemoryFeedback(), StorageTools.exportOnly());

    @AfterEach
    void closeSources() {
        shell.closeSource();
        state.close();
    }

    @Test
    void openingASnapshotListsItsIncidentsAndRemembersTheFile() {
        shell.openSnapshot(UiSample.file());

        assertThat(problems.currentProperty().get()).isNull();
        assertThat(shell.pageProperty().get()).isEqualTo(Page.INCIDENTS);
        assertThat(shell.incidentListProperty().get().rows()).isNotEmpty();
        assertThat(shell.start().recentSources()).singleElement()
                .satisfies(s -> assertThat(s.location()).isEqualTo(UiSample.file().toAbsolutePath().toString()));
    }

    @Test
    void aFileThatIsNotASnapshotIsAPlainProblemAndChangesNothing() throws Exception {
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        Path bad = Files.write(dir.resolve("notes.duckdb"), noise);

        shell.openSnapshot(bad);

        assertThat(shell.pageProperty().get()).isEqualTo(Page.START);
        assertThat(problems.currentProperty().get().task()).isEqualTo("Opening notes.duckdb");
        assertThat(problems.currentProperty().get().message()).contains("notes.duckdb").doesNotContain("Unexpected");
        assertThat(shell.start().recentSources()).isEmpty();

        shell.openSnapshot(UiSample.file());
        assertThat(shell.pageProperty().get()).isEqualTo(Page.INCIDENTS);
    }

    @Test
    void theSampleOpensOnItsMostPressingIncidentsWorkspaceWhichIsRemembered() {
        shell.openSample();

        assertThat(sampleStatus).containsExactly("ensured");
        assertThat(shell.pageProperty().get()).isEqualTo(Page.WORKSPACE);
        Incident expected = IncidentSummarizer.mostPressing(opened.get(0).incidents(Cancellation.none())).orElseThrow();
        assertThat(shell.workspaceProperty().get().incident()).isEqualTo(expected);
        assertThat(shell.workspaceProperty().get().sections().selectedProperty().get()).isEqualTo(Section.OVERVIEW);
        assertThat(shell.start().recentWorkspaces()).extracting(RecentWorkspace::incidentId).containsExactly(expected.id());
    }

    @Test
    void aRecentWorkspaceReopensOnItsIncident() {
        shell.openSample();
        RecentWorkspace recent = shell.start().recentWorkspaces().get(0);
        shell.closeSource();

        shell.reopen(recent);

        assertThat(shell.workspaceProperty().get().incident().id()).isEqualTo(recent.incidentId());
    }

    @Test
    void closingTheWorkspaceKeepsTheSourceAndGoingBackToStartClosesIt() {
        shell.openSample();
        shell.closeWorkspace();
        assertThat(shell.pageProperty().get()).isEqualTo(Page.INCIDENTS);
        assertThat(opened.get(0).incidents(Cancellation.none())).isNotEmpty();

        shell.closeSource();
        assertThat(shell.pageProperty().get()).isEqualTo(Page.START);
        assertThat(shell.incidentListProperty().get()).isNull();
        assertThatThrownBy(() -> opened.get(0).incidents(Cancellation.none()));
    }

    @Test
    void themeAndZoneAreRestoredAndRemembered() {
        state.setPreference(PreferenceKeys.THEME, "dark");
        state.setPreference(PreferenceKeys.TIME_ZONE, "local");
        shell.restorePreferences();
        assertThat(shell.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(zone.isUtc()).isFalse();

        shell.themeProperty().set(Theme.LIGHT);
        zone.useUtc();
        shell.rememberWindowSize(new ShellViewModel.WindowSize(1200.4, 800));

        assertThat(state.preference(PreferenceKeys.THEME)).hasValue("light");
        assertThat(state.preference(PreferenceKeys.TIME_ZONE)).hasValue("utc");
        assertThat(shell.windowSize()).hasValue(new ShellViewModel.WindowSize(1200, 800));
    }
}
