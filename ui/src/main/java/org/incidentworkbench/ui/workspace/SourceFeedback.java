package org.incidentworkbench.ui.workspace;

import org.incidentworkbench.analysis.feedback.FeedbackLog;

/**
 * Where a workspace records feedback: its source's {@link FeedbackLog}, and whether delivery waits
 * until the source is closed. A snapshot the workspace holds open cannot be written beside it in
 * the same process, so its notes stay pending (safe in the outbox) until the shell closes it.
 */
public record SourceFeedback(FeedbackLog log, boolean deliveredAfterClose) {
}
