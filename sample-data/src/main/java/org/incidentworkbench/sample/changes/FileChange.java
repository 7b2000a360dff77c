package org.incidentworkbench.sample.changes;

/**
 * One file of a commit: its path, its kind of change (db_migration, dependency, config,
 * timeout_retry, http_client, shared_util, auth, test, docs, other) and its unified diff.
 */
public record FileChange(String path, String changeType, String diff) {

    public int linesAdded() {
        return count('+');
    }

    public int linesRemoved() {
        return count('-');
    }

    private int count(char sign) {
        int n = 0;
        for (String line : diff.split("\n")) {
            if (line.length() > 0 && line.charAt(0) == sign && !line.startsWith("+++") && !line.startsWith("---")) {
                n++;
            }
        }
        return n;
    }
}
