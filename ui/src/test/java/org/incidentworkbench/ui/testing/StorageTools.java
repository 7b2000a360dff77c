package org.incidentworkbench.ui.testing;

import java.time.Clock;
import org.incidentworkbench.storage.export.ExportRequest;
import org.incidentworkbench.storage.export.ExportResult;
import org.incidentworkbench.storage.export.SnapshotExporter;
import org.incidentworkbench.storage.export.SnapshotManifest;
import org.incidentworkbench.storage.feedback.FeedbackOutbox;
import org.incidentworkbench.storage.feedback.FeedbackSync;
import org.incidentworkbench.storage.feedback.PostgresFeedbackTarget;
import org.incidentworkbench.storage.feedback.PushResult;
import org.incidentworkbench.storage.postgres.PostgresConnector;
import org.incidentworkbench.ui.export.ExportOptions;
import org.incidentworkbench.ui.export.ExportSummary;
import org.incidentworkbench.ui.export.SnapshotExports;
import org.incidentworkbench.ui.shell.WorkspaceTools;
import org.incidentworkbench.ui.sync.FeedbackSyncs;
import org.incidentworkbench.ui.sync.SyncReport;

/**
 * A workspace's export and feedback sync over the real storage engines, as the app's wiring
 * builds them (which {@code app} tests on its own classes), for views clicked through on real files.
 */
public final class StorageTools {

    public static final ExportOptions DEFAULTS = new ExportOptions(ExportRequest.DEFAULT_MARGIN,
            ExportRequest.DEFAULT_BASELINE_OFFSET, ExportRequest.DEFAULT_HOPS);

    private StorageTools() {
    }

    /** Sync over {@code outbox} to the databases {@code connector} reaches. */
    public static WorkspaceTools of(FeedbackOutbox outbox, PostgresConnector connector) {
        return new WorkspaceTools(exports(), DEFAULTS, sync(outbox, connector));
    }

    /** For tests that sync nothing: a sync fails the test. */
    public static WorkspaceTools exportOnly() {
        return new WorkspaceTools(exports(), DEFAULTS, (snapshot, to, password) -> {
            throw new AssertionError("this test syncs no feedback");
        });
    }

    public static SnapshotExports exports() {
        SnapshotExporter exporter = new SnapshotExporter(Clock.systemUTC());
        return (source, incidentId, options, target, listener, cancel) -> {
            ExportResult r = exporter.export(source, new ExportRequest(incidentId, options.margin(), options.baselineOffset(),
                    options.hops()), target, listener::progress, cancel);
            return new ExportSummary(r.file(), r.bytes(),
                    r.manifest().tables().values().stream().mapToLong(SnapshotManifest.Table::rows).sum(), r.elapsed());
        };
    }

    private static FeedbackSyncs sync(FeedbackOutbox outbox, PostgresConnector connector) {
        return (snapshot, to, password) -> {
            PushResult r = new FeedbackSync(outbox).sync(snapshot, new PostgresFeedbackTarget(connector.target(to, password)));
            return new SyncReport(r.pushed(), r.alreadyPresent(), r.quarantined().size());
        };
    }
}
