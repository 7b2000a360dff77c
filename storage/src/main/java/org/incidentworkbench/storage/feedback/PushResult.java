package org.incidentworkbench.storage.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What one push did: events newly written, events the target already held identically, and ids
 * it holds with different content (quarantined, left as they were there).
 */
public record PushResult(int pushed, int alreadyPresent, List<UUID> quarantined) {

    PushResult plus(PushResult other) {
        List<UUID> q = new ArrayList<>(quarantined);
        q.addAll(other.quarantined);
        return new PushResult(pushed + other.pushed, alreadyPresent + other.alreadyPresent, List.copyOf(q));
    }

    static final PushResult NONE = new PushResult(0, 0, List.of());
}
