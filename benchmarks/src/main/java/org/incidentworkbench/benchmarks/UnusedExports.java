package org.incidentworkbench.benchmarks;

import java.nio.file.Path;
import java.util.UUID;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.storage.export.ExportRequest;
import org.incidentworkbench.ui.export.ExportListener;
import org.incidentworkbench.ui.export.ExportOptions;
import org.incidentworkbench.ui.export.ExportSummary;
import org.incidentworkbench.ui.export.SnapshotExports;

/** "Export snapshot…" for benchmarks that open a workspace and never export: its options as the app offers them. */
final class UnusedExports implements SnapshotExports {

    @Override
    public ExportOptions defaults() {
        return new ExportOptions(ExportRequest.DEFAULT_MARGIN, ExportRequest.DEFAULT_BASELINE_OFFSET, ExportRequest.DEFAULT_HOPS);
    }

    @Override
    public ExportSummary export(IncidentSource source, UUID incidentId, ExportOptions options, Path target,
                                ExportListener listener, Cancellation cancel) {
        throw new UnsupportedOperationException("this benchmark exports no snapshot");
    }
}
