package org.incidentworkbench.analysis.changes;

import java.util.List;
import java.util.UUID;

/** The commits a deployment brought in: from {@code previousRevision} (null if unknown) to {@code currentRevision}. */
public record DeploymentCommitRange(UUID deploymentId, String previousRevision, String currentRevision,
                                    boolean rollback, List<String> commitShas) {

    public DeploymentCommitRange {
        commitShas = List.copyOf(commitShas);
    }
}
