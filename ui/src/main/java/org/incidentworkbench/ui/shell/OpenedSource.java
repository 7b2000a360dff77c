package org.incidentworkbench.ui.shell;

import java.nio.file.Path;
import java.util.List;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.source.IncidentSource;

/** A snapshot the shell has open, with its incidents as read when it was opened. */
public record OpenedSource(Path file, IncidentSource source, List<Incident> incidents) {

    public OpenedSource {
        incidents = List.copyOf(incidents);
    }

    /** The file's name, for titles and the recent list. */
    public String label() {
        return file.getFileName().toString();
    }
}
