package org.incidentworkbench.sample;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What {@link SampleGenerator#generate} wrote: the snapshot, its ground truth beside it, the
 * number of rows per table (in table order) and how long it took.
 */
public record GenerationResult(Path snapshot, Path groundTruth, Map<String, Long> rowCounts, Duration elapsed) {
    public GenerationResult {
        rowCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowCounts));
    }
}
