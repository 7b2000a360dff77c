package org.incidentworkbench.ui.export;

import java.time.Duration;

/**
 * What an export keeps besides the incident: its window widened by {@code margin} on each side, a
 * baseline of the same length {@code baselineOffset} earlier, and the services within {@code hops}
 * topology edges of the incident's service.
 */
public record ExportOptions(Duration margin, Duration baselineOffset, int hops) {
}
