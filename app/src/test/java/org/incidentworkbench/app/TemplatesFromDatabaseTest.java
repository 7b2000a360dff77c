package org.incidentworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbench templates} on a live PostgreSQL prints what it prints on the snapshot of the same data. */
class TemplatesFromDatabaseTest {

    @RegisterExtension
    static final PostgresServer PG = new PostgresServer();

    @TempDir
    Path dir;

    @Test
    void templatesAndTheirDiffAreTheSameFromTheDatabaseAsFromItsSnapshot() throws Exception {
        String url = PG.newDatabase("cli_templates");
        Path file = dir.resolve("templates.duckdb");
        assertThat(Run.of(RecordingDesktop.in(dir), "sample", "--small", "--to", url, "--out", file.toString())
                .exitCode()).isZero();
        List<List<String>> commands = List.of(
                List.of("templates"),
                List.of("templates", "--diff", "--format", "csv"),
                List.of("templates", "--service", "payments", "--severity", "error", "--format", "json"));

        for (List<String> command : commands) {
            Run fromFile = Run.of(RecordingDesktop.in(dir), withSource(command, file.toString()));
            Run fromDatabase = Run.of(RecordingDesktop.in(dir), withSource(command, url));

            assertThat(fromFile.exitCode()).as(String.join(" ", command)).isZero();
            assertThat(fromFile.out()).as(String.join(" ", command)).contains("Connection is not available");
            assertThat(fromDatabase.exitCode()).as(String.join(" ", command)).isZero();
            assertThat(fromDatabase.out()).as(String.join(" ", command)).isEqualTo(fromFile.out());
            assertThat(fromDatabase.err()).as(String.join(" ", command)).isEqualTo(fromFile.err());
        }
    }

    private static String[] withSource(List<String> command, String source) {
        List<String> args = new ArrayList<>(command);
        args.add(1, source);
        return args.toArray(String[]::new);
    }
}
