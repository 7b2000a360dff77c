package org.incidentworkbench.ui.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.Password;
import org.incidentworkbench.analysis.feedback.FeedbackLog;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.ui.shell.FeedbackLogs;
import org.incidentworkbench.ui.workspace.SourceFeedback;

/**
 * Feedback kept in memory and delivered at once, for tests of other sections and of the shell
 * that need a workspace's feedback log but never look at it (the Notes tests use the real outbox).
 */
public final class MemoryFeedback implements FeedbackLog, FeedbackLogs {

    private final List<LoggedFeedback> recorded = new ArrayList<>();

    /** A workspace's feedback that records in memory. */
    public static SourceFeedback source() {
        return new SourceFeedback(new MemoryFeedback(), false);
    }

    @Override
    public synchronized void record(FeedbackEvent event) {
        recorded.add(new LoggedFeedback(event, false));
    }

    @Override
    public synchronized List<LoggedFeedback> recorded(UUID incidentId) {
        return recorded.stream().filter(l -> l.event().incidentId().equals(incidentId)).toList();
    }

    @Override
    public int retryPending() {
        return 0;
    }

    @Override
    public SourceFeedback snapshot(Path file) {
        return source();
    }

    @Override
    public SourceFeedback database(ConnectionSettings settings, Password password) {
        return source();
    }
}
