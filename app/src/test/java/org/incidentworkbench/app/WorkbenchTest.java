package org.incidentworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchTest {

    @TempDir
    Path dir;

    @Test
    void everyCommandExplainsItselfWithHelp() {
        for (String command : RecordingDesktop.in(dir).commandLine().getSubcommands().keySet()) {
            Run run = Run.of(RecordingDesktop.in(dir), command, "--help");

            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).startsWith("Usage: workbench " + command).contains("Exit codes:");
        }
    }

    @Test
    void keepsItsFilesUnderXdgDataHomeWhenSetElseUnderLocalShare() {
        Path xdg = dir.resolve("xdg");
        Path home = dir.resolve("home");

        assertThat(Workbench.fromEnvironment(Map.of("XDG_DATA_HOME", xdg.toString()), home, "Linux").dataFolder())
                .isEqualTo(xdg.resolve("incident-workbench"));
        assertThat(Workbench.fromEnvironment(Map.of(), home, "Linux").dataFolder())
                .isEqualTo(home.resolve(".local/share/incident-workbench"));
    }
}
