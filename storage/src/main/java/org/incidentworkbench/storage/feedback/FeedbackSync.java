package org.incidentworkbench.storage.feedback;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.storage.duckdb.DuckDbIncidentSource;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;

/**
 * {@code workbench sync}: the snapshot's own feedback is taken into the outbox (as held by the
 * snapshot), then every event of that snapshot the target does not hold yet is pushed, so the
 * outbox alone records what has reached which database.
 */
public final class FeedbackSync {

    private final FeedbackOutbox outbox;

    public FeedbackSync(FeedbackOutbox outbox) {
        this.outbox = outbox;
    }

    public PushResult sync(Path snapshot, FeedbackTarget to) {
        SnapshotFeedbackTarget home = new SnapshotFeedbackTarget(snapshot);
        outbox.adopt(feedbackIn(snapshot), home.name());
        return new FeedbackPush(outbox).push(home.name(), to);
    }

    private static List<FeedbackEvent> feedbackIn(Path snapshot) {
        Cancellation none = Cancellation.none();
        try (DuckDbIncidentSource source = DuckDbSnapshots.open(snapshot)) {
            List<FeedbackEvent> events = new ArrayList<>();
            for (Incident incident : source.incidents(none)) {
                events.addAll(source.feedback(incident.id(), none));
            }
            return events;
        }
    }
}
