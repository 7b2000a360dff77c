package org.incidentworkbench.analysis.connections;

import java.util.UUID;

/** Connection settings the user saved, under an id that stays the same when they are renamed or edited. */
public record SavedConnection(UUID id, ConnectionSettings settings) {

    public String name() {
        return settings.name();
    }
}
