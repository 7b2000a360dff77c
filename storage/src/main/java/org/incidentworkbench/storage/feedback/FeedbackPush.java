package org.incidentworkbench.storage.feedback;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.source.SourceException;

/**
 * Delivers the outbox events of one home that a target does not hold yet, in small batches, each
 * its own transaction, marking each batch in the outbox only after the target committed it. A
 * connection lost anywhere leaves the rest pending; because writes are keyed by the event id, the
 * next push finds what did reach the target and only marks it.
 */
public final class FeedbackPush {

    static final int BATCH = 50;

    private final FeedbackOutbox outbox;
    private final int batchSize;

    public FeedbackPush(FeedbackOutbox outbox) {
        this(outbox, BATCH);
    }

    FeedbackPush(FeedbackOutbox outbox, int batchSize) {
        this.outbox = outbox;
        this.batchSize = batchSize;
    }

    /**
     * Pushes everything pending from {@code home} to {@code target}.
     *
     * @throws SourceException when the target cannot be reached or fails mid-way (what was
     *     committed before stays delivered)
     */
    public PushResult push(String home, FeedbackTarget target) {
        PushResult total = PushResult.NONE;
        try (Connection c = target.open()) {
            List<FeedbackEvent> batch;
            while (!(batch = outbox.pending(home, target.name(), batchSize)).isEmpty()) {
                FeedbackWrites.Outcome outcome = FeedbackWrites.write(c, target.jsonType(), batch);
                outbox.delivered(outcome.inserted(), target.name());
                outbox.delivered(outcome.present(), target.name());
                for (FeedbackWrites.Conflict conflict : outcome.conflicts()) {
                    outbox.quarantine(conflict.id(), target.name(), conflict.foundThere());
                }
                total = total.plus(new PushResult(outcome.inserted().size(), outcome.present().size(),
                        outcome.conflicts().stream().map(FeedbackWrites.Conflict::id).toList()));
            }
            return total;
        } catch (SQLException e) {
            throw new SourceException("Feedback could not be delivered to " + target.name() + ": " + e.getMessage()
                    + " It stays in the outbox and is sent again later.", e);
        }
    }
}
