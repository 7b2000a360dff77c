package org.incidentworkbench.analysis.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.incidentworkbench.analysis.feedback.FeedbackLog.LoggedFeedback;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;

/**
 * An incident's feedback as a workspace shows it: what the source holds plus what was recorded
 * locally, each event once (the source's copy is delivered by definition), oldest first.
 */
public final class FeedbackTimeline {

    private FeedbackTimeline() {
    }

    public static List<LoggedFeedback> merge(List<FeedbackEvent> fromSource, List<LoggedFeedback> recorded) {
        Map<UUID, LoggedFeedback> byId = new LinkedHashMap<>();
        for (LoggedFeedback local : recorded) {
            byId.put(local.event().id(), local);
        }
        for (FeedbackEvent e : fromSource) {
            byId.put(e.id(), new LoggedFeedback(e, false));
        }
        List<LoggedFeedback> timeline = new ArrayList<>(byId.values());
        timeline.sort(Comparator.comparing((LoggedFeedback l) -> l.event().createdAt())
                .thenComparing(l -> l.event().id()));
        return timeline;
    }
}
