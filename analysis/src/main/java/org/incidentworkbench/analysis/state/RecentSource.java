package org.incidentworkbench.analysis.state;

import java.time.Instant;

/** A source opened lately: its kind ("duckdb"), where it is (a file path), a name to show, and when. */
public record RecentSource(String kind, String location, String label, Instant lastOpened) {
}
