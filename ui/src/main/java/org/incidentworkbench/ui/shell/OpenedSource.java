package org.incidentworkbench.ui.shell;

import java.nio.file.Path;
import java.util.List;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.LiveSource;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.source.IncidentSource;

/**
 * The source the shell has open, with its incidents as read when it was opened: a snapshot file or
 * a live database.
 *
 * @param location where it is: the file's path, or the database's login ("reader@host:5432/db")
 * @param label its name for titles: the file's name, or the saved connection's
 * @param description what the status bar says the app reads from
 * @param file the snapshot file, or null for a live database
 * @param encrypted whether reads travel encrypted (a file is read locally, so it counts as encrypted)
 */
public record OpenedSource(String location, String label, String description, Path file, IncidentSource source,
                           List<Incident> incidents, boolean encrypted) {

    public OpenedSource {
        incidents = List.copyOf(incidents);
    }

    static OpenedSource snapshot(Path file, IncidentSource source, List<Incident> incidents) {
        Path absolute = file.toAbsolutePath();
        return new OpenedSource(absolute.toString(), absolute.getFileName().toString(), absolute.toString(), absolute,
                source, incidents, true);
    }

    static OpenedSource database(ConnectionSettings settings, LiveSource live, List<Incident> incidents) {
        return new OpenedSource(settings.login(), settings.name(),
                settings.name() + " · " + settings.login() + " · " + live.check().serverVersion(), null, live.source(),
                incidents, live.check().encrypted());
    }

    public boolean isSnapshot() {
        return file != null;
    }
}
