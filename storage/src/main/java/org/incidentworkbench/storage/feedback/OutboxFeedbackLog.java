package org.incidentworkbench.storage.feedback;

import java.util.List;
import java.util.UUID;
import org.incidentworkbench.analysis.feedback.FeedbackLog;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.source.SourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A workspace's {@link FeedbackLog}: the outbox first, then its source (a snapshot or a live database). */
public final class OutboxFeedbackLog implements FeedbackLog {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxFeedbackLog.class);

    private final FeedbackOutbox outbox;
    private final FeedbackTarget home;
    private final FeedbackPush push;

    public OutboxFeedbackLog(FeedbackOutbox outbox, FeedbackTarget home) {
        this.outbox = outbox;
        this.home = home;
        this.push = new FeedbackPush(outbox);
    }

    @Override
    public void record(FeedbackEvent event) {
        outbox.record(event, home.name());
        retryPending();
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
