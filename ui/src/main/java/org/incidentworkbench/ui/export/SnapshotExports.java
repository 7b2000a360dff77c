package org.incidentworkbench.ui.export;

import java.nio.file.Path;
import java.util.UUID;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;

/**
 * Writes one incident of a source into a new snapshot file; the app's wiring implements it over
 * the storage engine. The file appears only when complete: a failure or a cancel leaves none.
 * Blocks, so it runs off the FX thread.
 */
@FunctionalInterface
public interface SnapshotExports {

    /**
     * @throws org.incidentworkbench.analysis.source.SourceException with a plain message when the
     *     target cannot be written (a read-only folder, a full disk) or the source cannot be read
     * @throws org.incidentworkbench.analysis.source.ReadCancelledException once {@code cancel} is cancelled
     */
    ExportSummary export(IncidentSource source, UUID incidentId, ExportOptions options, Path target,
                         ExportListener listener, Cancellation cancel);
}
