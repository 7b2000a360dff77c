package org.incidentworkbench.analysis.changes;

import java.util.UUID;

/**
 * One file a commit touched, with its kind of change ({@code db_migration}, {@code dependency},
 * {@code config}, {@code timeout_retry}, {@code http_client}, {@code shared_util}, {@code auth},
 * {@code test}, {@code docs}, {@code other}) and the diff hunk.
 */
public record CommitFile(UUID id, String commitSha, String path, String changeType, String diffText,
                         int linesAdded, int linesRemoved) {
}
