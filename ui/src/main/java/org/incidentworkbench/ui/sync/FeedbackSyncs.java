package org.incidentworkbench.ui.sync;

import java.nio.file.Path;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.Password;

/**
 * Pushes a snapshot's feedback events to a live database, idempotently: an event the database
 * holds already is left as it is, an id it holds with other content is quarantined. The app's
 * wiring implements it over the feedback outbox. Blocks, so it runs off the FX thread.
 */
@FunctionalInterface
public interface FeedbackSyncs {

    /**
     * @param password null to let the driver find one
     * @throws org.incidentworkbench.analysis.connections.LoginRefusedException when the database wants
     *     a password, or another one
     * @throws org.incidentworkbench.analysis.source.SourceException with a plain message when the
     *     database cannot be reached or written (what was pushed before stays pushed)
     */
    SyncReport sync(Path snapshot, ConnectionSettings to, Password password);
}
