package org.incidentworkbench.ui.workspace;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.ui.incidents.IncidentColumn;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/**
 * One incident's workspace: the header it shows, its sections (Overview first), and what the status
 * bar says about the source it reads from.
 */
public final class WorkspaceViewModel {

    private final Incident incident;
    private final String sourceLocation;
    private final WorkspaceSections sections;
    private final StringBinding window;

    public WorkspaceViewModel(Incident incident, IncidentSource source, String sourceLocation, TaskRunner tasks,
                              TimeZoneSetting timeZone, Map<Section, SectionFactory> factories) {
        this.incident = incident;
        this.sourceLocation = sourceLocation;
        this.sections = new WorkspaceSections(factories, source, incident, tasks, timeZone);
        this.window = Bindings.createStringBinding(
                () -> timeZone.dateTime(incident.windowStart()) + " – " + timeZone.time(incident.windowEnd())
                        + " " + timeZone.label(),
                timeZone.zoneProperty());
        sections.available().stream().findFirst().ifPresent(sections::show);
    }

    public Incident incident() {
        return incident;
    }

    public String title() {
        return incident.title();
    }

    public String service() {
        return incident.serviceName();
    }

    public String severity() {
        return IncidentColumn.severityLabel(incident.severity());
    }

    public String status() {
        return incident.status();
    }

    /** The incident window in the chosen zone; follows the zone. */
    public StringBinding window() {
        return window;
    }

    /** Where the workspace reads from (a file path), for the status bar. */
    public String sourceLocation() {
        return sourceLocation;
    }

    public WorkspaceSections sections() {
        return sections;
    }

    /** The workspace is closing: its sections stop their work. The source belongs to the shell. */
    public void close() {
        sections.dispose();
    }
}
