package org.incidentworkbench.ui.shell;

import java.nio.file.Path;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.Password;
import org.incidentworkbench.ui.workspace.SourceFeedback;

/** Builds the feedback log of each source the shell opens; the app's wiring implements it over the outbox. */
public interface FeedbackLogs {

    /** For a snapshot file the shell holds open read-only. */
    SourceFeedback snapshot(Path file);

    /** For a live database opened with these settings; {@code password} null when the driver finds one. */
    SourceFeedback database(ConnectionSettings settings, Password password);
}
