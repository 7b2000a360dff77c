package org.incidentworkbench.app.cli;

import java.nio.file.Path;
import org.incidentworkbench.storage.duckdb.DuckDbIncidentSource;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import picocli.CommandLine.Parameters;

/** The snapshot file every reading command takes as its first parameter. */
public final class SnapshotFile {

    @Parameters(index = "0", paramLabel = "FILE", description = "A snapshot file (.duckdb), e.g. one written by 'workbench sample'.")
    private Path file;

    /** Opens the snapshot read-only; a file that is not a current snapshot fails with a plain message. */
    public DuckDbIncidentSource open() {
        return DuckDbSnapshots.open(file);
    }
}
