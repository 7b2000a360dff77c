package org.incidentworkbench.storage.duckdb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.incidentworkbench.storage.json.Json;
import org.incidentworkbench.storage.schema.Column;
import org.incidentworkbench.storage.schema.Relation;

/**
 * Takes rows of a signal relation off a result set as plain values, in the canonical column order:
 * times as epoch microseconds ({@code Long}), numbers as {@code Double} or {@code Long}, text as
 * {@code String}, JSON as {@link Json#canonical} text; null where the column is null. The row can
 * then be handed to a writer on another thread, and the re-spelling of JSON is done on the
 * reading thread, which waits on the source anyway.
 */
public final class SignalRow {

    private final Relation signal;
    /** Signal rows repeat their labels and attributes (a series' labels on each of its points). */
    private final RecentValues canonicalJson = new RecentValues(Json::canonical);

    private SignalRow(Relation signal) {
        this.signal = signal;
    }

    /** A reader of the rows of an export read of {@code signal} (see {@code SqlIncidentSource.exportSignal}); one thread's. */
    public static SignalRow reader(Relation signal) {
        return new SignalRow(signal);
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
                case JSONB -> canonicalJson.apply(rs.getString(at));
                default -> throw new IllegalArgumentException("not a signal column: " + columns.get(i));
            };
            values[i] = rs.wasNull() ? null : value;
        }
        return values;
    }
}
