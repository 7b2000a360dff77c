package org.incidentworkbench.ui.notes;

import java.time.Instant;
import java.util.UUID;
import org.incidentworkbench.analysis.feedback.FeedbackKind;
import org.incidentworkbench.analysis.feedback.FeedbackLog.LoggedFeedback;
import org.incidentworkbench.analysis.feedback.FeedbackSummary;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;

/**
 * One entry of the timeline as the view shows it.
 *
 * @param actor who recorded it: the login name when known, else the actor type ("system")
 * @param kind the kind's label ("Note"), or the raw event type of a kind this app does not write
 * @param pending saved on this machine only, not yet in the source
 */
public record NoteRow(UUID id, Instant at, String actor, String kind, String text, boolean pending) {

    static NoteRow of(LoggedFeedback logged) {
        FeedbackEvent e = logged.event();
        String actor = e.actorId() == null || e.actorId().isBlank() ? e.actorType() : e.actorId();
        String kind = FeedbackKind.of(e.eventType()).map(FeedbackKind::label).orElse(e.eventType());
        return new NoteRow(e.id(), e.createdAt(), actor, kind, FeedbackSummary.of(e), logged.pending());
    }
}
