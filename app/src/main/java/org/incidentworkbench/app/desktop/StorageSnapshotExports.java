package org.incidentworkbench.app.desktop;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.storage.export.ExportRequest;
import org.incidentworkbench.storage.export.ExportResult;
import org.incidentworkbench.storage.export.SnapshotExporter;
import org.incidentworkbench.storage.export.SnapshotManifest;
import org.incidentworkbench.ui.export.ExportListener;
import org.incidentworkbench.ui.export.ExportOptions;
import org.incidentworkbench.ui.export.ExportSummary;
import org.incidentworkbench.ui.export.SnapshotExports;

/** "Export snapshot…" over the storage exporter, which {@code workbench export} uses too. */
public final class StorageSnapshotExports implements SnapshotExports {

    private final SnapshotExporter exporter;

    public StorageSnapshotExports(Clock clock) {
        this.exporter = new SnapshotExporter(clock);
    }

    @Override
    public ExportOptions defaults() {
        return new ExportOptions(ExportRequest.DEFAULT_MARGIN, ExportRequest.DEFAULT_BASELINE_OFFSET, ExportRequest.DEFAULT_HOPS);
    }

    @Override
    public ExportSummary export(IncidentSource source, UUID incidentId, ExportOptions options, Path target,
                                ExportListener listener, Cancellation cancel) {
        ExportResult result = exporter.export(source,
                new ExportRequest(incidentId, options.margin(), options.baselineOffset(), options.hops()), target,
                listener::progress, cancel);
        long rows = result.manifest().tables().values().stream().mapToLong(SnapshotManifest.Table::rows).sum();
        return new ExportSummary(result.file(), result.bytes(), rows, result.elapsed());
    }
}
