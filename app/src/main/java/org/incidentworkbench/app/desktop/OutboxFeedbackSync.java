package org.incidentworkbench.app.desktop;

import java.nio.file.Path;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.LoginRefusedException;
import org.incidentworkbench.analysis.connections.Password;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.feedback.FeedbackOutbox;
import org.incidentworkbench.storage.feedback.FeedbackSync;
import org.incidentworkbench.storage.feedback.PostgresFeedbackTarget;
import org.incidentworkbench.storage.feedback.PushResult;
import org.incidentworkbench.storage.postgres.PostgresConnector;
import org.incidentworkbench.ui.sync.FeedbackSyncs;
import org.incidentworkbench.ui.sync.SyncReport;

/**
 * "Sync feedback" as {@code workbench sync} does it, over the app's outbox, to a database reached
 * with a saved connection's settings and the password the session has for it.
 */
public final class OutboxFeedbackSync implements FeedbackSyncs {

    private final FeedbackOutbox outbox;
    private final PostgresConnector connector;

    public OutboxFeedbackSync(FeedbackOutbox outbox, PostgresConnector connector) {
        this.outbox = outbox;
        this.connector = connector;
    }

    @Override
    public SyncReport sync(Path snapshot, ConnectionSettings to, Password password) {
        try {
            PushResult result = new FeedbackSync(outbox).sync(snapshot, new PostgresFeedbackTarget(connector.target(to, password)));
            return new SyncReport(result.pushed(), result.alreadyPresent(), result.quarantined().size());
        } catch (SourceException e) {
            throw refusedLoginOr(e);
        }
    }

    /**
     * The refused login under a failed push, else the failure itself: the push reports every failure
     * as undelivered, but a refused login is the one the app answers by asking for the password.
     */
    private static SourceException refusedLoginOr(SourceException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LoginRefusedException refused) {
                return refused;
            }
        }
        return failure;
    }
}
