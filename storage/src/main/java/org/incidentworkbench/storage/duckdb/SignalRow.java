package org.incidentworkbench.storage.duckdb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.incidentworkbench.storage.json.Json;
import org.incidentworkbench.storage.schema.Column;
import org.incidentworkbench.storage.schema.Relation;

/**
 * Takes rows of a signal relation off a result set as plain values, in the canonical column order:
 * times as epoch microseconds ({@code Long}), numbers as {@code Double} or {@code Long}, text as
 * {@code String}, JSON as text; null where the column is null. The row can then be handed to a
 * writer on another thread. For an export the JSON is re-spelled {@link Json#canonical} on the
 * reading thread, which waits on the source anyway.
 */
public final class SignalRow {

    private final Relation signal;
    private final UnaryOperator<String> json;

    private SignalRow(Relation signal, UnaryOperator<String> json) {
        this.signal = signal;
        this.json = json;
    }

    /**
     * A reader of the rows of an export read of {@code signal} (see {@code SqlIncidentSource.exportSignal})
     * that makes their JSON canonical; one thread's.
     */
    public static SignalRow reader(Relation signal) {
        // Signal rows repeat their labels and attributes (a series' labels on each of its points).
        return new SignalRow(signal, new RecentValues(Json::canonical)::apply);
    }

    /** A reader of the rows of a snapshot's {@code signal} table as stored ({@link SnapshotTables#contentQuery}). */
    public static SignalRow stored(Relation signal) {
        return new SignalRow(signal, UnaryOperator.identity());
    }

    /** The current row of {@code rs}. */
    public Object[] read(ResultSet rs) throws SQLException {
        List<Column> columns = signal.columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            int at = i + 1;
            Object value = switch (columns.get(i).type()) {
                case TIMESTAMPTZ, INTEGER -> rs.getLong(at);
                case DOUBLE -> rs.getDouble(at);
                case TEXT -> rs.getString(at);
                case JSONB -> json.apply(rs.getString(at));
                default -> throw new IllegalArgumentException("not a signal column: " + columns.get(i));
            };
            values[i] = rs.wasNull() ? null : value;
        }
        return values;
    }
}
