package org.incidentworkbench.analysis.source;

import java.nio.file.Path;

/**
 * Opens a snapshot file as an {@link IncidentSource}, so that the ui can open files without
 * knowing the engine. A file that is not a readable snapshot fails with a {@link SourceException}
 * whose message is plain.
 */
@FunctionalInterface
public interface SnapshotOpener {

    IncidentSource open(Path file);
}
