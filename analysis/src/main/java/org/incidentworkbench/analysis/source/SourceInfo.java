package org.incidentworkbench.analysis.source;

import java.time.Instant;

/**
 * What a source is: its kind ("duckdb", "postgresql"), where it is (a path or a URL without
 * credentials), the schema version it holds, what wrote it, when, and the source it came from.
 */
public record SourceInfo(String kind, String location, int schemaVersion, String writerVersion,
                         Instant createdAt, String origin) {
}
