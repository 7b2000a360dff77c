package org.incidentworkbench.ui.shell;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.LiveSource;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.state.RecentWorkspace;
import org.incidentworkbench.ui.workspace.SourceFeedback;

/**
 * The source the shell has open, with its incidents as read when it was opened: a snapshot file or
 * a live database.
 *
 * @param location where it is: the file's path, or the database's login ("reader@host:5432/db")
 * @param label its name for titles: the file's name, or the saved connection's
 * @param description what the status bar says the app reads from
 * @param file the snapshot file, or null for a live database
 * @param encrypted whether reads travel encrypted (a file is read locally, so it counts as encrypted)
 * @param connectionId the saved connection the database was opened through, or null
 * @param feedback where its workspaces record feedback
 */
public record OpenedSource(String location, String label, String description, Path file, IncidentSource source,
                           List<Incident> incidents, boolean encrypted, UUID connectionId, SourceFeedback feedback) {

    public OpenedSource {
        incidents = List.copyOf(incidents);
    }

    static OpenedSource snapshot(Path file, IncidentSource source, List<Incident> incidents, SourceFeedback feedback) {
        Path absolute = file.toAbsolutePath();
        return new OpenedSource(absolute.toString(), absolute.getFileName().toString(), absolute.toString(), absolute,
                source, incidents, true, null, feedback);
    }

    static OpenedSource database(ConnectionSettings settings, UUID connectionId, LiveSource live, List<Incident> incidents,
                                 SourceFeedback feedback) {
        return new OpenedSource(settings.login(), settings.name(),
                settings.name() + " · " + settings.login() + " · " + live.check().serverVersion(), null, live.source(),
                incidents, live.check().encrypted(), connectionId, feedback);
    }

    /** How a workspace of {@code incident} is remembered; empty for a database opened without a saved connection. */
    Optional<RecentWorkspace> recentWorkspace(Incident incident, Instant at) {
        if (isSnapshot()) {
            return Optional.of(new RecentWorkspace(location, incident.id(), incident.title(), at));
        }
        return Optional.ofNullable(connectionId).map(id -> RecentWorkspace.inConnection(id, incident.id(), incident.title(), at));
    }

    public boolean isSnapshot() {
        return file != null;
    }
}
