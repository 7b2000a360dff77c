package org.incidentworkbench.storage.export;

import java.util.List;
import java.util.stream.IntStream;
import org.incidentworkbench.storage.json.Json;
import org.incidentworkbench.storage.schema.ColumnType;
import org.incidentworkbench.storage.schema.Relation;

/**
 * Re-spells the JSON values of a signal row {@link Json#canonical}, as a snapshot stores them, so
 * the same document hashes alike whichever source spelled it. Signal rows repeat their labels and
 * attributes (a series' labels on each of its points), so recent results are remembered. One
 * thread's.
 */
final class CanonicalJson {

    private final int[] json;
    private final RecentValues canonical = new RecentValues(Json::canonical);

    CanonicalJson(Relation signal) {
        List<ColumnType> types = signal.columns().stream().map(c -> c.type()).toList();
        this.json = IntStream.range(0, types.size()).filter(i -> types.get(i) == ColumnType.JSONB).toArray();
    }

    /** Re-spells {@code row}'s JSON values in place. */
    void respell(Object[] row) {
        for (int i : json) {
            if (row[i] != null) {
                row[i] = canonical.apply((String) row[i]);
            }
        }
    }
}
