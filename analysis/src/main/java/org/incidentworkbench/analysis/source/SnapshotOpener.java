package org.incidentworkbench.analysis.source;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens a snapshot file as an {@link IncidentSource}, so that the ui can open files without
 * knowing the engine. A file that is not a readable snapshot fails with a {@link SourceException}
 * whose message is plain.
 */
@FunctionalInterface
public interface SnapshotOpener {

    IncidentSource open(Path file);

    /**
     * A plain warning naming the tables of {@code file} whose data no longer matches the manifest it
     * was exported with; empty when it matches or carries no manifest. It reads every row, so callers
     * run it in the background after opening. An opener that cannot check says nothing.
     */
    default Optional<String> alteration(Path file, Cancellation cancel) {
        return Optional.empty();
    }
}
