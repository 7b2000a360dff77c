package org.incidentworkbench.storage.feedback;

import java.util.List;
import java.util.UUID;
import org.incidentworkbench.analysis.feedback.FeedbackLog;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.source.SourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workspace's {@link FeedbackLog}: the outbox first, then its source (a snapshot or a live database).
 * A live database is written at once; a snapshot the workspace holds open only after it is closed
 * (see {@link #deliveringAfterClose}).
 */
public final class OutboxFeedbackLog implements FeedbackLog {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxFeedbackLog.class);

    private final FeedbackOutbox outbox;
    private final FeedbackTarget home;
    private final FeedbackPush push;
    private final boolean deliverOnRecord;

    /** Delivers each event as it is recorded. */
    public OutboxFeedbackLog(FeedbackOutbox outbox, FeedbackTarget home) {
        this(outbox, home, true);
    }

    private OutboxFeedbackLog(FeedbackOutbox outbox, FeedbackTarget home, boolean deliverOnRecord) {
        this.outbox = outbox;
        this.home = home;
        this.push = new FeedbackPush(outbox);
        this.deliverOnRecord = deliverOnRecord;
    }

    /**
     * For a snapshot this process holds open read-only as a workspace's source: DuckDB refuses a
     * writable open of the same file beside it ("different configuration than existing
     * connections"), so {@link #record} only commits to the outbox, and {@link #retryPending},
     * called once the source is closed, appends to the snapshot.
     */
    public static OutboxFeedbackLog deliveringAfterClose(FeedbackOutbox outbox, SnapshotFeedbackTarget home) {
        return new OutboxFeedbackLog(outbox, home, false);
    }

    @Override
    public void record(FeedbackEvent event) {
        outbox.record(event, home.name());
        if (deliverOnRecord) {
            retryPending();
        }
    }

    @Override
    public List<LoggedFeedback> recorded(UUID incidentId) {
        return outbox.recorded(home.name(), incidentId);
    }

    /** A failed delivery is not the caller's failure: the event is safe in the outbox and shown as pending. */
    @Override
    public int retryPending() {
        try {
            push.push(home.name(), home);
        } catch (SourceException e) {
            LOG.warn("Feedback stays pending for {}", home.name(), e);
        }
        return outbox.pending(home.name(), home.name(), Integer.MAX_VALUE).size();
    }
}
