package org.incidentworkbench.ui.connect;

import java.util.function.Consumer;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.Password;

/**
 * The server wants a password for {@code settings}' login: answer it or cancel. {@code reason} says
 * why a password given before did not do (empty when none was given).
 */
public record PasswordRequest(ConnectionSettings settings, String reason, Consumer<Password> answer, Runnable cancel) {

    /** "reader@db.example.org:5432/incidents". */
    public String login() {
        return settings.login();
    }
}
