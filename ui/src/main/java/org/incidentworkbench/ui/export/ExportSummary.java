package org.incidentworkbench.ui.export;

import java.nio.file.Path;
import java.time.Duration;

/** A finished export: the file written, its size, the rows it holds over all tables, and how long it took. */
public record ExportSummary(Path file, long bytes, long rows, Duration elapsed) {
}
