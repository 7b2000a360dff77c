package org.incidentworkbench.app.desktop;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.Password;
import org.incidentworkbench.storage.feedback.FeedbackOutbox;
import org.incidentworkbench.storage.feedback.OutboxFeedbackLog;
import org.incidentworkbench.storage.feedback.PostgresFeedbackTarget;
import org.incidentworkbench.storage.feedback.SnapshotFeedbackTarget;
import org.incidentworkbench.storage.postgres.PostgresConnector;
import org.incidentworkbench.ui.shell.FeedbackLogs;
import org.incidentworkbench.ui.workspace.SourceFeedback;

/**
 * The desktop app's feedback logs, all over the one outbox in the state file: a live database's
 * log writes each event at once through the connection's own settings and password; a snapshot's
 * only once the shell has closed it (DuckDB refuses a writable open of a file this process holds
 * read-only), so the snapshot logs are remembered and {@link #deliverHeld} runs them on exit too.
 */
public final class OutboxFeedbackLogs implements FeedbackLogs {

    private final FeedbackOutbox outbox;
    private final PostgresConnector connector;
    private final List<OutboxFeedbackLog> snapshots = new CopyOnWriteArrayList<>();

    public OutboxFeedbackLogs(FeedbackOutbox outbox, PostgresConnector connector) {
        this.outbox = outbox;
        this.connector = connector;
    }

    @Override
    public SourceFeedback snapshot(Path file) {
        OutboxFeedbackLog log = OutboxFeedbackLog.deliveringAfterClose(outbox, new SnapshotFeedbackTarget(file));
        snapshots.add(log);
        return new SourceFeedback(log, true);
    }

    @Override
    public SourceFeedback database(ConnectionSettings settings, Password password) {
        return new SourceFeedback(new OutboxFeedbackLog(outbox, new PostgresFeedbackTarget(connector.target(settings, password))),
                false);
    }

    /**
     * Appends to each snapshot opened in this run what still waits for it; call once the window is
     * closed (its source closed), so nothing is left pending when a close-time delivery task was cut short.
     */
    public void deliverHeld() {
        snapshots.forEach(OutboxFeedbackLog::retryPending);
    }
}
