package org.incidentworkbench.storage.export;

import java.nio.file.Path;
import java.util.Optional;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.SnapshotOpener;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;

/** The desktop's snapshot opener: opens as {@link DuckDbSnapshots} does, and checks a file against its manifest. */
public final class CheckedSnapshotOpener implements SnapshotOpener {

    @Override
    public IncidentSource open(Path file) {
        return DuckDbSnapshots.open(file);
    }

    @Override
    public Optional<String> alteration(Path file, Cancellation cancel) {
        return ManifestVerifier.alteration(file, cancel);
    }
}
