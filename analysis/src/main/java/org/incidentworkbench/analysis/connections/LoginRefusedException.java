package org.incidentworkbench.analysis.connections;

import org.incidentworkbench.analysis.source.SourceException;

/**
 * The server refused the login because a password is missing or wrong: the one failure that asking
 * the user for a password can fix. The message is plain, as every {@link SourceException}'s.
 */
public class LoginRefusedException extends SourceException {

    public LoginRefusedException(String plainMessage, Throwable cause) {
        super(plainMessage, cause);
    }
}
