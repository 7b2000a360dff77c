package org.incidentworkbench.ui.sync;

/**
 * What one sync did: events newly written, events the database already held as they are, and ids
 * it holds with other content (quarantined: left as they are there, kept on this machine).
 */
public record SyncReport(int pushed, int alreadyPresent, int quarantined) {

    /**
     * Whether there was nothing to push: every event had reached the database in an earlier sync
     * from this machine, which remembers that and does not ask again.
     */
    public boolean nothingToPush() {
        return pushed + alreadyPresent + quarantined == 0;
    }
}
