package org.incidentworkbench.analysis.feedback;

import java.util.List;
import java.util.UUID;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;

/**
 * Where a workspace records feedback. {@link #record} returns only once the event is durable on
 * this machine, so the caller may then report it saved; delivery to the workspace's source
 * follows and is retried until it succeeds. Events are never updated or deleted.
 */
public interface FeedbackLog {

    /**
     * Makes the event durable locally, then tries to deliver it.
     *
     * @throws org.incidentworkbench.analysis.source.SourceException when it could not be made durable
     *     (then nothing was saved)
     */
    void record(FeedbackEvent event);

    /** The events recorded here for an incident, oldest first, each marked pending until delivered. */
    List<LoggedFeedback> recorded(UUID incidentId);

    /** Tries again to deliver what is pending; returns how many remain pending. */
    int retryPending();

    /** A recorded event and whether it still waits for delivery to the source. */
    record LoggedFeedback(FeedbackEvent event, boolean pending) {
    }
}
