package org.incidentworkbench.ui.workspace;

import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.ui.export.ExportSnapshotViewModel;
import org.incidentworkbench.ui.incidents.IncidentColumn;
import org.incidentworkbench.ui.sync.SyncFeedbackViewModel;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/**
 * One incident's workspace: the header it shows, its sections (Overview first), and its own
 * actions: "Export snapshot…", and "Sync feedback" when it reads a snapshot. The source it reads
 * from belongs to the shell, which the status bar describes.
 */
public final class WorkspaceViewModel {

    private final Incident incident;
    private final WorkspaceSections sections;
    private final StringBinding window;
    private final ExportSnapshotViewModel export;
    private final SyncFeedbackViewModel sync;

    /** {@code sync}: null when the source is not a snapshot (a live database holds its feedback already). */
    public WorkspaceViewModel(Incident incident, IncidentSource source, SourceFeedback feedback, TaskRunner tasks,
                              TimeZoneSetting timeZone, Map<Section, SectionFactory> factories,
                              ExportSnapshotViewModel export, SyncFeedbackViewModel sync) {
        this.incident = incident;
        this.export = export;
        this.sync = sync;
        this.sections = new WorkspaceSections(factories, source, feedback, incident, tasks, timeZone);
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

    public WorkspaceSections sections() {
        return sections;
    }

    public ExportSnapshotViewModel export() {
        return export;
    }

    /** "Sync feedback", offered in a snapshot's workspace only. */
    public Optional<SyncFeedbackViewModel> sync() {
        return Optional.ofNullable(sync);
    }

    /** The workspace is closing: its sections and an export stop their work. The source belongs to the shell. */
    public void close() {
        sections.dispose();
        export.dispose();
    }
}
