package org.incidentworkbench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.export.ExportRequest;
import org.incidentworkbench.storage.export.SnapshotExporter;

/**
 * Exports incident {@code args[1]} of snapshot {@code args[0]} to {@code args[2]} and stops for
 * good once the log records start, after printing {@value #PAUSED}: a process to kill mid-export.
 */
final class PausedExport {

    static final String PAUSED = "paused in log_records";

    private PausedExport() {
    }

    public static void main(String[] args) {
        try (IncidentSource source = DuckDbSnapshots.open(Path.of(args[0]))) {
            new SnapshotExporter(Clock.systemUTC()).export(source, ExportRequest.of(UUID.fromString(args[1])), Path.of(args[2]),
                    (table, rows, fraction) -> {
                        if (table.equals("log_records")) {
                            System.out.println(PAUSED);
                            System.out.flush();
                            while (true) {
                                LockSupport.park();
                            }
                        }
                    }, Cancellation.none());
        }
    }
}
