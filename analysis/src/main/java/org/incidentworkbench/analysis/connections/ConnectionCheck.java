package org.incidentworkbench.analysis.connections;

import java.util.EnumSet;
import java.util.Set;

/**
 * What testing a connection found: the server's version, which of the extensions the app uses the
 * database has, whether the source profile fits it, and whether the session is TLS-encrypted.
 */
public record ConnectionCheck(String serverVersion, Set<Extension> extensions, ProfileCheck profile,
                              boolean encrypted) {

    public ConnectionCheck {
        extensions = extensions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(extensions));
    }

    public boolean has(Extension extension) {
        return extensions.contains(extension);
    }
}
