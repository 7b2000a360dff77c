package org.incidentworkbench.storage.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order a snapshot stores each signal table's rows in: by service, then series or severity,
 * then time, so reads of one series touch only its row groups. Text orders by code point (DuckDB's
 * default; PostgreSQL's {@code COLLATE "C"}).
 */
public final class SignalLayout {

    private static final Map<Relation, List<String>> ORDER = Map.of(
            Relation.METRIC_POINTS, List.of("service", "metric", "ts"),
            Relation.LOG_RECORDS, List.of("service", "severity", "ts", "log_id"),
            Relation.SPANS, List.of("service", "start_time", "trace_id", "span_id"));

    private SignalLayout() {
    }

    /** The signal relations, whose tables a snapshot writes in this layout. */
    public static List<Relation> signals() {
        return List.of(Relation.METRIC_POINTS, Relation.LOG_RECORDS, Relation.SPANS);
    }

    /** The signal relation stored in {@code table}, if it is one. */
    public static Optional<Relation> signalOf(String table) {
        return signals().stream().filter(r -> r.tableName().equals(table)).findFirst();
    }

    /** The columns {@code signal}'s rows are ordered by, most significant first. */
    public static List<String> orderOf(Relation signal) {
        List<String> order = ORDER.get(signal);
        if (order == null) {
            throw new IllegalArgumentException("not a signal relation: " + signal);
        }
        return order;
    }

    /** The positions of {@link #orderOf} columns among {@code signal}'s columns. */
    public static int[] orderPositions(Relation signal) {
        List<String> names = signal.columns().stream().map(Column::name).toList();
        return orderOf(signal).stream().mapToInt(names::indexOf).toArray();
    }
}
