package org.incidentworkbench.storage.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.incidentworkbench.storage.schema.Column;
import org.incidentworkbench.storage.schema.Relation;

/**
 * Takes rows of a signal relation off a result set as plain values, in the canonical column order:
 * times as epoch microseconds ({@code Long}), numbers as {@code Double} or {@code Long}, text and
 * JSON as {@code String}; null where the column is null. The row can then be handed to a writer on
 * another thread. The result set's columns are those of an export read ({@link CanonicalColumns})
 * or of a snapshot's stored content.
 */
public final class SignalValues {

    private final List<Column> columns;

    public SignalValues(Relation signal) {
        this.columns = signal.columns();
    }

    /** The current row of {@code rs}. */
    public Object[] read(ResultSet rs) throws SQLException {
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
