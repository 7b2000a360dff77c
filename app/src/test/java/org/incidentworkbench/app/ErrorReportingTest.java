package org.incidentworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Failures end in one plain line on stderr and an exit code: 1 when the work failed, 2 for a bad command line. */
class ErrorReportingTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotASnapshotIsOnePlainLineAndExitCodeOne() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.duckdb"), "not a database, just some notes\n".repeat(200));

        Run run = Run.of(RecordingDesktop.in(dir), "info", notes.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("workbench: ").contains(notes.toString()).doesNotContain("Exception");
    }

    @Test
    void aMissingFileIsOnePlainLineAndExitCodeOne() {
        Run run = Run.of(RecordingDesktop.in(dir), "incidents", dir.resolve("nowhere.duckdb").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("workbench: ").contains("nowhere.duckdb");
    }

    @Test
    void aMalformedDatabaseUrlIsOnePlainLineAndExitCodeOne() {
        Run run = Run.of(RecordingDesktop.in(dir), "incidents", "postgresql://u@h/db?sslmode=sometimes");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("workbench: ").contains("unknown TLS mode \"sometimes\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown command            | explain x.duckdb                                       | explain",
        "unknown option             | incidents x.duckdb --colour                            | --colour",
        "missing source parameter   | incidents                                              | SOURCE",
        "missing required option    | series x.duckdb --metric cpu                           | --service",
        "malformed bucket           | series x.duckdb --service a --metric b --bucket 5x     | '5x' is not a length of time",
        "unknown aggregation        | series x.duckdb --service a --metric b --agg median    | unknown aggregation 'median'",
        "malformed time             | logs x.duckdb --from yesterday                         | 'yesterday' is not a time",
        "unknown severity           | logs x.duckdb --severity loud                          | unknown severity 'loud'",
        "malformed cursor           | logs x.duckdb --after page2                            | 'page2' is not a log cursor",
        "unknown format             | incidents x.duckdb --format xml                        | --format",
        "unknown scenario           | sample --scenario volcano --out x.duckdb               | unknown scenario 'volcano'",
        "sample without output file | sample                                                 | missing --out FILE"})
    void aBadCommandLineIsOnePlainLineAndExitCodeTwo(String what, String args, String mentioned) {
        Run run = Run.of(RecordingDesktop.in(dir), args == null ? new String[0] : args.trim().split(" +"));

        assertThat(run.exitCode()).as(what).isEqualTo(2);
        assertThat(run.out()).as(what).isEmpty();
        assertThat(run.errLines()).as(what).singleElement().asString().startsWith("workbench: ").contains(mentioned);
    }
}
