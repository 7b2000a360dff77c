package org.incidentworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.incidentworkbench.app.desktop.ExportFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export the machine stops: a full disk, a folder the user may not write to, a killed process.
 * Each runs in a child JVM, which can be capped, stripped of root's rights or killed without
 * touching the test's own. Whatever happens, the file under the target's name is the previous one
 * (or none) and no temporary file outlives the next export.
 */
class ExportFailuresTest {

    /** Far below the 15 MB the export writes; nothing else the command writes comes near it. */
    static final long FILE_SIZE_CAP = 512 * 1024;
    static final String PREVIOUS = "the export of last week, to be kept until a new one is complete";

    @TempDir
    static Path shared;
    static SmallSample sample;

    @TempDir
    Path dir;
    Path folder;
    Path target;

    @BeforeAll
    static void generate() {
        sample = SmallSample.generate(shared);
    }

    @BeforeEach
    void previousExport() throws IOException {
        folder = Files.createDirectory(dir.resolve("exports"));
        target = Files.writeString(folder.resolve("review.duckdb"), PREVIOUS);
    }

    /**
     * Out of room as a file size cap makes it ({@code EFBIG}); a full disk ({@code ENOSPC}) fails
     * the same writes in its own words, which ExportFailureMessagesTest (storage) turns into its message.
     */
    @Test
    void runningOutOfRoomMidExportFailsWithOnePlainLineAndLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Run export = ChildJvm.run(List.of(), dir.resolve("home"), FileSizeLimitedWorkbench.class,
                Long.toString(FILE_SIZE_CAP), "export", sample.file(), "--incident", sample.incident(), "--out", target.toString());

        assertThat(export.exitCode()).isEqualTo(1);
        assertThat(export.out()).isEmpty();
        assertThat(export.errLines()).singleElement().asString()
                .isEqualTo("workbench: Cannot write review.duckdb: it would be larger than this system lets a file be"
                        + " (a file size limit). Nothing was written under that name: a file already there is unchanged."
                        + " Raise the limit or choose a folder on another disk.");
        assertThat(filesIn(folder)).containsExactly(target);
        assertThat(target).hasContent(PREVIOUS);
    }

    @Test
    void aReadOnlyFolderGetsOnePlainLineNamingItAndKeepsNothingEvenForRoot() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assertThat(locked.toFile().setWritable(false, false)).isTrue();
        // Root writes to any folder through CAP_DAC_OVERRIDE: the child runs without it, as root still.
        List<String> asUser = Files.isWritable(locked) ? List.of("setpriv", "--bounding-set=-dac_override", "--") : List.of();

        Run export = ChildJvm.run(asUser, dir.resolve("home"), Main.class,
                "export", sample.file(), "--incident", sample.incident(), "--out", locked.resolve("x.duckdb").toString());

        assertThat(export.exitCode()).isEqualTo(1);
        assertThat(export.errLines()).singleElement().asString()
                .isEqualTo("workbench: Cannot write x.duckdb: the folder " + locked
                        + " is read-only (or you may not write to it). Choose another folder.");
        assertThat(filesIn(locked)).isEmpty();
    }

    @Test
    void aKilledExportLeavesThePreviousFileAndTheNextExportSweepsItsTemporaryFile() throws Exception {
        Process child = ChildJvm.start(List.of(), dir.resolve("home"), PausedExport.class,
                sample.file(), sample.incident(), target.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(60), out::readLine)).isEqualTo(PausedExport.PAUSED);
        } finally {
            child.destroyForcibly().waitFor();
        }

        assertThat(target).hasContent(PREVIOUS);
        assertThat(filesIn(folder)).as("the killed export's temporary file").hasSizeGreaterThan(1)
                .allMatch(p -> p.equals(target) || p.getFileName().toString().startsWith(".review.duckdb.partial-"));

        Workbench workbench = RecordingDesktop.in(dir.resolve("data"));
        Run again = Run.of(workbench, "export", sample.file(), "--incident", sample.incident(), "--out", target.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(filesIn(folder)).containsExactly(target);
        assertThat(Run.of(workbench, "verify", target.toString()).exitCode()).isZero();
    }

    @Test
    void theStartSweepRemovesAKilledExportsTemporaryFileButNotARunningOnes() throws Exception {
        Process child = ChildJvm.start(List.of(), dir.resolve("home"), PausedExport.class,
                sample.file(), sample.incident(), target.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(60), out::readLine)).isEqualTo(PausedExport.PAUSED);
            assertThat(ExportFolders.sweep(List.of(folder), Instant.now())).as("a file DuckDB still writes").isZero();
            assertThat(filesIn(folder)).hasSizeGreaterThan(1);
        } finally {
            child.destroyForcibly().waitFor();
        }

        assertThat(ExportFolders.sweep(List.of(folder), Instant.now())).isEqualTo(1);
        assertThat(filesIn(folder)).containsExactly(target);
        assertThat(target).hasContent(PREVIOUS);
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
