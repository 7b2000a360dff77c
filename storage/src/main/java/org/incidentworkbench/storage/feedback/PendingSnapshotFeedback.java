package org.incidentworkbench.storage.feedback;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentworkbench.analysis.source.SourceException;

/**
 * The feedback earlier runs could not append to its snapshot (a run killed while the snapshot was
 * open, a file that was away): every snapshot with events pending in the outbox is given them. A
 * database's pending events are not among them: they wait for a workspace on that database, which
 * brings its password.
 */
public final class PendingSnapshotFeedback {

    private PendingSnapshotFeedback() {
    }

    /** Delivers what waits for each snapshot; returns why each snapshot that still waits does, empty when none does. */
    public static List<String> deliver(FeedbackOutbox outbox) {
        List<String> stillPending = new ArrayList<>();
        FeedbackPush push = new FeedbackPush(outbox);
        for (String home : outbox.homesWithPending()) {
            if (home.startsWith(PostgresFeedbackTarget.SCHEME)) {
                continue;
            }
            try {
                push.push(home, new SnapshotFeedbackTarget(Path.of(home)));
            } catch (SourceException e) {
                stillPending.add(e.getMessage());
            }
        }
        return stillPending;
    }
}
