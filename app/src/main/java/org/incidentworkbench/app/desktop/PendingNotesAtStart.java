package org.incidentworkbench.app.desktop;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.analysis.source.SnapshotOpener;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.feedback.FeedbackOutbox;
import org.incidentworkbench.storage.feedback.PendingSnapshotFeedback;
import org.incidentworkbench.ui.tasks.TaskRunner;

/**
 * The snapshot notes earlier runs left pending (a run killed with its snapshot open), delivered as
 * the app starts, in the background; a snapshot that is still away keeps its notes pending and the
 * banner says why. Meanwhile this is the shell's snapshot opener, and an open waits for the
 * delivery: DuckDB refuses to read a file this process is writing, and a note that missed its
 * snapshot would wait for it to be closed again.
 */
final class PendingNotesAtStart implements SnapshotOpener {

    static final String TITLE = "Saving the notes left from an earlier run";

    private final SnapshotOpener opener;
    private final FeedbackOutbox outbox;
    private final CountDownLatch done = new CountDownLatch(1);

    PendingNotesAtStart(SnapshotOpener opener, FeedbackOutbox outbox) {
        this.opener = opener;
        this.outbox = outbox;
    }

    /** Starts the delivery on {@code tasks}; call once, on the FX thread, before anything is opened. */
    void deliver(TaskRunner tasks) {
        tasks.submit(TITLE, (cancel, progress) -> {
            try {
                return PendingSnapshotFeedback.deliver(outbox);
            } finally {
                done.countDown();
            }
        }, stillPending -> {
            if (!stillPending.isEmpty()) {
                tasks.report(TITLE, new SourceException(String.join(" ", stillPending)));
            }
        });
    }

    @Override
    public IncidentSource open(Path file) {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadCancelledException();
        }
        return opener.open(file);
    }

    @Override
    public Optional<String> alteration(Path file, Cancellation cancel) {
        return opener.alteration(file, cancel);
    }
}
