package org.incidentworkbench.storage.postgres;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.incidentworkbench.analysis.time.TimeRange;

/**
 * A statement under construction for PostgreSQL: SQL text and the values bound to its placeholders,
 * in order. Text fragments are constants of this package; every caller value is bound, never
 * spliced. Timestamps travel as epoch microseconds and are converted with integer interval
 * arithmetic, so no value passes through a double.
 */
final class Sql {

    /** A bound epoch-microsecond value as a timestamptz. */
    static final String TIMESTAMP = "(TIMESTAMPTZ 'epoch' + CAST(? AS BIGINT) * INTERVAL '1 microsecond')";

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

    /** A timestamp column as exact epoch microseconds ({@code extract} is numeric, so nothing is rounded). */
    static String micros(String column) {
        return "CAST(extract(epoch FROM " + column + ") * 1000000 AS BIGINT)";
    }

    /** {@code column >= start AND column < end}: the half-open range. */
    Sql range(String column, TimeRange range) {
        return add(column + " >= " + TIMESTAMP + " AND " + column + " < " + TIMESTAMP,
                range.startMicros(), range.endMicros());
    }

    /** {@code column IN (?, ?, ...)} with one placeholder per value; callers skip it for an empty collection. */
    Sql in(String column, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("IN needs at least one value");
        }
        text.append(column).append(" IN (").append(String.join(", ", Collections.nCopies(values.size(), "?"))).append(')');
        params.addAll(values);
        return this;
    }

    /**
     * The start of the epoch-aligned bucket of width {@code widthMicros} holding {@code column}, in
     * epoch microseconds: the same floor division as the DuckDB engine, so both give the same buckets.
     */
    Sql bucketStart(String column, long widthMicros) {
        if (widthMicros < 1) {
            throw new IllegalArgumentException("bucket width must be positive: " + widthMicros + " µs");
        }
        String us = micros(column);
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
                case UUID u -> ps.setObject(at, u);
                case float[] f -> ps.setArray(at, ps.getConnection().createArrayOf("float4", boxed(f)));
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
