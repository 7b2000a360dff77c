package org.incidentworkbench.ui.workspace;

import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.templates.TemplateReports;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/**
 * What every section of one incident workspace reads from, records feedback to ({@code feedback})
 * and reports to, and the analyses its sections share ({@code templateReports}: mined once, shown
 * by the log-changes section and the Overview).
 */
public record WorkspaceContext(IncidentSource source, Incident incident, TaskRunner tasks, TimeZoneSetting timeZone,
                               Navigator navigator, SourceFeedback feedback, TemplateReports templateReports) {

    /** A new workspace: nothing analysed yet. */
    public WorkspaceContext(IncidentSource source, Incident incident, TaskRunner tasks, TimeZoneSetting timeZone,
                            Navigator navigator, SourceFeedback feedback) {
        this(source, incident, tasks, timeZone, navigator, feedback, new TemplateReports(source, tasks, incident));
    }

    public TimeRange incidentWindow() {
        return new TimeRange(incident.windowStart(), incident.windowEnd());
    }
}
