package org.incidentworkbench.storage.duckdb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.incidentworkbench.storage.schema.Column;
import org.incidentworkbench.storage.schema.Relation;

/**
 * One row of a signal relation as plain values, in the canonical column order: times as epoch
 * microseconds ({@code Long}), numbers as {@code Double} or {@code Long}, text and JSON as
 * {@code String}; null where the column is null. Taken off a result set so the row can be handed
 * to a writer on another thread.
 */
public final class SignalRow {

    private SignalRow() {
    }

    /** The current row of an export read of {@code signal} (see {@code SqlIncidentSource.exportSignal}). */
    public static Object[] read(Relation signal, ResultSet rs) throws SQLException {
        List<Column> columns = signal.columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            int at = i + 1;
            Object value = switch (columns.get(i).type()) {
                case TIMESTAMPTZ, INTEGER -> rs.getLong(at);
                case DOUBLE -> rs.getDouble(at);
                case TEXT, JSONB -> rs.getString(at);
                default -> throw new IllegalArgumentException("not a signal column: " + columns.get(i));
            };
            values[i] = rs.wasNull() ? null : value;
        }
        return values;
    }
}
