package org.incidentworkbench.ui.workspace;

import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/** What every section of one incident workspace reads from and reports to. */
public record WorkspaceContext(IncidentSource source, Incident incident, TaskRunner tasks, TimeZoneSetting timeZone,
                               Navigator navigator) {

    public TimeRange incidentWindow() {
        return new TimeRange(incident.windowStart(), incident.windowEnd());
    }
}
