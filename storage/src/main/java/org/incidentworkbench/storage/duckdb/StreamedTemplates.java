package org.incidentworkbench.storage.duckdb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incidentworkbench.analysis.logs.LogTemplate;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.templates.StoredTemplates;

/**
 * Mines log records while a writer is handed them, for as long as each service's and severity's
 * records come oldest first (by time, then id): the order {@link SnapshotTemplates} mines stored
 * records in, so the templates are the same and the work overlaps the copy instead of following
 * it. One record out of that order ends it; the writer then mines the stored records at finish.
 */
final class StreamedTemplates {

    private StoredTemplates templates = new StoredTemplates(MinerSettings.defaults());
    /** Per service and severity, the time and id of the last record mined. */
    private final Map<String, Map<String, long[]>> last = new HashMap<>();

    void add(long logId, long tsMicros, String service, String severity, String body) {
        if (templates == null) {
            return;
        }
        long[] previous = last.computeIfAbsent(service, s -> new HashMap<>()).get(severity);
        if (previous == null) {
            last.get(service).put(severity, new long[] {tsMicros, logId});
        } else if (tsMicros > previous[0] || tsMicros == previous[0] && logId > previous[1]) {
            previous[0] = tsMicros;
            previous[1] = logId;
        } else {
            templates = null; // out of order: what was mined would differ from the stored order's templates
            last.clear();
            return;
        }
        templates.add(service, Severity.valueOf(severity), tsMicros, body);
    }

    /** The templates mined, or empty when the records did not all come in order. */
    Optional<List<LogTemplate>> templates() {
        return Optional.ofNullable(templates).map(StoredTemplates::templates);
    }
}
