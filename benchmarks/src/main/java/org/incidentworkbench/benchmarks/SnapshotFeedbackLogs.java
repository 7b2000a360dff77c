package org.incidentworkbench.benchmarks;

import java.nio.file.Path;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.Password;
import org.incidentworkbench.storage.feedback.FeedbackOutbox;
import org.incidentworkbench.storage.feedback.OutboxFeedbackLog;
import org.incidentworkbench.storage.feedback.SnapshotFeedbackTarget;
import org.incidentworkbench.ui.shell.FeedbackLogs;
import org.incidentworkbench.ui.workspace.SourceFeedback;

/** The shell's feedback logs for benchmarks that open snapshots only, as the app builds them. */
record SnapshotFeedbackLogs(FeedbackOutbox outbox) implements FeedbackLogs {

    @Override
    public SourceFeedback snapshot(Path file) {
        return new SourceFeedback(OutboxFeedbackLog.deliveringAfterClose(outbox, new SnapshotFeedbackTarget(file)), true);
    }

    @Override
    public SourceFeedback database(ConnectionSettings settings, Password password) {
        throw new UnsupportedOperationException("this benchmark opens snapshots only");
    }
}
