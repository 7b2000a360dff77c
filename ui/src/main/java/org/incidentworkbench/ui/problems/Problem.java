package org.incidentworkbench.ui.problems;

import java.time.Instant;

/** A failure as the user sees it: what was being done, and a plain message saying what went wrong. */
public record Problem(String task, String message, Instant at) {
}
