package org.incidentworkbench.ui.shell;

import org.incidentworkbench.ui.export.ExportOptions;
import org.incidentworkbench.ui.export.SnapshotExports;
import org.incidentworkbench.ui.sync.FeedbackSyncs;

/**
 * What a workspace's own actions run on, beside its sections: writing a snapshot ("Export
 * snapshot…", proposing {@code exportDefaults}) and pushing a snapshot's feedback to a database
 * ("Sync feedback"). The app's wiring implements both over the storage engines.
 */
public record WorkspaceTools(SnapshotExports exports, ExportOptions exportDefaults, FeedbackSyncs feedbackSync) {
}
