package org.incidentworkbench.ui.connect;

import org.incidentworkbench.analysis.connections.Password;
import org.incidentworkbench.analysis.source.Cancellation;

/** Background work that logs into a database with {@code password} (null: let the driver find one). */
@FunctionalInterface
public interface LoginWork<T> {

    T run(Password password, Cancellation cancel) throws Exception;
}
