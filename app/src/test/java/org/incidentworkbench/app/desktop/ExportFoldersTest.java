package org.incidentworkbench.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.incidentworkbench.storage.state.SqliteStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFoldersTest {

    @TempDir
    Path dir;

    @Test
    void remembersTheFoldersExportedToMostRecentFirstOnceEachAcrossRuns() {
        List<Path> targets = IntStream.range(0, ExportFolders.KEPT + 2).mapToObj(i -> dir.resolve("f" + i).resolve("x.duckdb"))
                .toList();
        try (SqliteStateStore state = SqliteStateStore.open(dir.resolve("state.db"))) {
            ExportFolders folders = new ExportFolders(state);
            targets.forEach(folders::remember);
            folders.remember(targets.get(5));
        }
        try (SqliteStateStore state = SqliteStateStore.open(dir.resolve("state.db"))) {
            List<Path> kept = new ExportFolders(state).folders();
            assertThat(kept).hasSize(ExportFolders.KEPT).first().isEqualTo(dir.resolve("f5"));
            assertThat(kept).doesNotHaveDuplicates().contains(dir.resolve("f9")).doesNotContain(dir.resolve("f0"));
        }
    }

    @Test
    void theSweepRemovesLeftoversWrittenBeforeTheStartAndLeavesSnapshotsAndNewerFiles() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("exports"));
        Instant start = Instant.now();
        Path snapshot = Files.writeString(folder.resolve("review.duckdb"), "a snapshot");
        Path killed = Files.writeString(folder.resolve(".review.duckdb.partial-0a1b"), "half a snapshot");
        Path killedLog = Files.writeString(folder.resolve(".review.duckdb.partial-0a1b.wal"), "its log");
        Files.setLastModifiedTime(killed, FileTime.from(start.minusSeconds(60)));
        Path sinceStart = Files.writeString(folder.resolve(".other.duckdb.partial-ffff"), "an export of this run");
        Files.setLastModifiedTime(sinceStart, FileTime.from(start.plusSeconds(1)));

        int removed = ExportFolders.sweep(List.of(folder, dir.resolve("gone")), start);

        assertThat(removed).isEqualTo(1);
        assertThat(snapshot).exists();
        assertThat(sinceStart).exists();
        assertThat(killed).doesNotExist();
        assertThat(killedLog).doesNotExist();
    }
}
