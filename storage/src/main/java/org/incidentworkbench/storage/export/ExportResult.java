package org.incidentworkbench.storage.export;

import java.nio.file.Path;
import java.time.Duration;

/** A finished export: the file, what its manifest says it holds, its size and how long it took. */
public record ExportResult(Path file, SnapshotManifest manifest, long bytes, Duration elapsed) {
}
