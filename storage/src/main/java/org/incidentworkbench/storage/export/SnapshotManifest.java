package org.incidentworkbench.storage.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.incidentworkbench.analysis.time.TimeRange;

/**
 * What an export wrote, stored in the snapshot itself: the schema version, the source (its kind and
 * its location, which never holds credentials), the incident, the windows and services kept, and
 * each table's row count and content hash. {@code feedback_events} is the one table that may grow
 * after export (reviewers append to it), so {@link ManifestVerifier} accepts more rows there.
 */
public record SnapshotManifest(int schemaVersion, String sourceKind, String sourceLocation, String incidentId,
                               Window window, Window baseline, List<String> services, Map<String, Table> tables) {

    /** The table whose rows may be appended to after export. */
    public static final String APPEND_ONLY = "feedback_events";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** A time window as ISO-8601 instants. */
    public record Window(String start, String end) {
        static Window of(TimeRange r) {
            return new Window(r.start().toString(), r.end().toString());
        }
    }

    /** One table's row count and SHA-256 (hex) at export. */
    public record Table(long rows, String sha256) {
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a manifest is always writable as JSON", e);
        }
    }

    /** Reads a stored manifest; a snapshot may come from anyone, so bad text is an {@link IllegalArgumentException}. */
    static SnapshotManifest fromJson(String text) {
        try {
            return JSON.readValue(text, SnapshotManifest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the snapshot's manifest is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
