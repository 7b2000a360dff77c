package org.incidentworkbench.sample.changes;

import java.time.Duration;
import java.util.List;

/** A commit to be: its message, its author, how long before the deployment it was authored, and its files. */
public record CommitPlan(String message, String author, Duration beforeDeploy, List<FileChange> files) {
    public CommitPlan {
        files = List.copyOf(files);
    }
}
