package org.incidentworkbench.ui.templates;

import java.util.Set;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.templates.TemplateActivity;
import org.incidentworkbench.analysis.templates.TemplateWindows;
import org.incidentworkbench.analysis.time.TimeRange;

/** Which log lines a template stands for, as the Logs view asks for them. */
final class TemplateLines {

    private TemplateLines() {
    }

    /**
     * Its service's and severity's lines that fit its text, over the incident window; over the
     * baseline for a template gone from the incident window, where all its lines are.
     */
    static LogQuery query(TemplateActivity t, TemplateWindows windows) {
        TimeRange range = t.count() > 0 ? windows.incident() : windows.baseline().range();
        return LogQuery.all(range).withServices(Set.of(t.key().service())).withSeverities(Set.of(t.key().severity()))
                .withTemplate(t.text());
    }
}
