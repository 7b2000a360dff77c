package org.incidentworkbench.analysis.changes;

import java.time.Instant;

/** A commit in a service's repository. */
public record Commit(String sha, String repo, String author, String message, String summary, Instant authoredAt) {
}
