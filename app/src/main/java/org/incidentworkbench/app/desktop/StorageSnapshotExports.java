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
import org.incidentworkbench.storage.feedback.FeedbackOutbox;
import org.incidentworkbench.storage.postgres.PostgresConnector;
import org.incidentworkbench.ui.export.ExportListener;
import org.incidentworkbench.ui.export.ExportOptions;
import org.incidentworkbench.ui.export.ExportSummary;
import org.incidentworkbench.ui.export.SnapshotExports;
import org.incidentworkbench.ui.shell.WorkspaceTools;

/** "Export snapshot…" over the storage exporter, which {@code workbench export} uses too, and with its defaults. */
public final class StorageSnapshotExports implements SnapshotExports {

    private final SnapshotExporter exporter;
    private final ExportFolders folders;

    public StorageSnapshotExports(Clock clock, ExportFolders folders) {
        this.exporter = new SnapshotExporter(clock);
        this.folders = folders;
    }

    /** A workspace's export and sync as the desktop app has them: over the storage engines and the app's outbox. */
    public static WorkspaceTools workspaceTools(FeedbackOutbox outbox, PostgresConnector connector, Clock clock,
                                                ExportFolders folders) {
        return new WorkspaceTools(new StorageSnapshotExports(clock, folders), new ExportOptions(ExportRequest.DEFAULT_MARGIN,
                ExportRequest.DEFAULT_BASELINE_OFFSET, ExportRequest.DEFAULT_HOPS), new OutboxFeedbackSync(outbox, connector));
    }

    @Override
    public ExportSummary export(IncidentSource source, UUID incidentId, ExportOptions options, Path target,
                                ExportListener listener, Cancellation cancel) {
        folders.remember(target);
        ExportResult result = exporter.export(source,
                new ExportRequest(incidentId, options.margin(), options.baselineOffset(), options.hops()), target,
                listener::progress, cancel);
        long rows = result.manifest().tables().values().stream().mapToLong(SnapshotManifest.Table::rows).sum();
        return new ExportSummary(result.file(), result.bytes(), rows, result.elapsed());
    }
}
