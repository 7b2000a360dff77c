package org.incidentworkbench.storage.duckdb;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.incidentworkbench.analysis.time.TimeRange;

/**
 * A statement under construction: SQL text and the values bound to its placeholders, in order.
 * Text fragments are always constants of this package (or built from enum constants); every value
 * that comes from a caller is bound, never spliced, so no filter can change a query's meaning.
 * Timestamps are bound as epoch microseconds and converted by {@code make_timestamptz}.
 */
final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    private Sql() {
    }

    static Sql of(String fragment, Object... values) {
        return new Sql().add(fragment, values);
    }

    /** Appends a constant fragment and the values for its placeholders. */
    Sql add(String fragment, Object... values) {
        text.append(fragment);
        params.addAll(List.of(values));
        return this;
    }

    /** {@code column >= start AND column < end}: the half-open range. */
    Sql range(String column, TimeRange range) {
        return add(column + " >= make_timestamptz(?) AND " + column + " < make_timestamptz(?)",
                range.startMicros(), range.endMicros());
    }

    /** {@code column IN (?, ?, ...)} with one placeholder per value; callers skip it for an empty collection. */
    Sql in(String column, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("IN needs at least one value");
        }
        text.append(column).append(" IN (").append(String.join(", ", Collections.nCopies(values.size(), "?")))
                .append(')');
        params.addAll(values);
        return this;
    }

    /**
     * The start of the epoch-aligned bucket of width {@code widthMicros} holding timestamp column
     * {@code column}, in epoch microseconds. Floor division, not DuckDB's truncating {@code //}, so
     * times before 1970 fall in the right bucket too.
     */
    Sql bucketStart(String column, long widthMicros) {
        if (widthMicros < 1) {
            throw new IllegalArgumentException("bucket width must be positive: " + widthMicros + " µs");
        }
        String us = "epoch_us(" + column + ")";
        return add("(" + us + " - ((" + us + " % ?) + ?) % ?)", widthMicros, widthMicros, widthMicros);
    }

    String text() {
        return text.toString();
    }

    void bind(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object v = params.get(i);
            int at = i + 1;
            switch (v) {
                case Long l -> ps.setLong(at, l);
                case Integer n -> ps.setInt(at, n);
                case Double d -> ps.setDouble(at, d);
                case String s -> ps.setString(at, s);
                case Boolean b -> ps.setBoolean(at, b);
                case UUID u -> ps.setObject(at, u);
                case float[] f -> ps.setArray(at, ps.getConnection().createArrayOf("FLOAT", boxed(f)));
                default -> throw new IllegalArgumentException("cannot bind a " + v.getClass().getName());
            }
        }
    }

    private static Float[] boxed(float[] f) {
        Float[] out = new Float[f.length];
        for (int i = 0; i < f.length; i++) {
            out[i] = f[i];
        }
        return out;
    }
}
