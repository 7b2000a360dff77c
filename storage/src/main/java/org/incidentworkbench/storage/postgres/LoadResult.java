package org.incidentworkbench.storage.postgres;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A committed load: the rows copied into each table, in load order, and how long the whole load
 * took, from opening the snapshot to the commit.
 */
public record LoadResult(Map<String, Long> rows, Duration elapsed) {

    public LoadResult {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    public double rowsPerSecond() {
        return totalRows() / Math.max(elapsed.toNanos() / 1e9, 1e-9);
    }
}
