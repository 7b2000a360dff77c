package org.incidentworkbench.ui.connect;

import java.util.function.Consumer;
import org.incidentworkbench.analysis.connections.ConnectionSettings;

/** Opens a database as the app's source (the shell does); a failure goes to {@code onFailure}. */
@FunctionalInterface
public interface DatabaseOpener {

    void open(ConnectionSettings settings, Consumer<? super Throwable> onFailure);
}
