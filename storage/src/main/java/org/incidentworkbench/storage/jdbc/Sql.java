package org.incidentworkbench.storage.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.storage.schema.Relation;

/**
 * A statement under construction: SQL text and the values bound to its placeholders, in order.
 * Text fragments are always constants of the storage packages (or built from enum constants);
 * every value that comes from a caller is bound, never spliced, so no filter can change a query's
 * meaning. Timestamps are bound as epoch microseconds and converted by the dialect.
 */
public final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    private Sql() {
    }

    public static Sql of(String fragment, Object... values) {
        return new Sql().add(fragment, values);
    }

    /** Appends a constant fragment and the values for its placeholders. */
    public Sql add(String fragment, Object... values) {
        text.append(fragment);
        params.addAll(List.of(values));
        return this;
    }

    /** {@code column >= start AND column < end}: the half-open range. */
    public Sql range(String column, TimeRange range, SqlDialect dialect) {
        return add(column + " >= " + dialect.timestamp() + " AND " + column + " < " + dialect.timestamp(),
                range.startMicros(), range.endMicros());
    }

    /** Appends {@code relation} narrowed to {@code window}, as {@code alias}: see {@link Relations#from}. */
    public Sql relation(Relations relations, Relation relation, TimeRange window, String alias) {
        return relations.from(this, relation, window, alias);
    }

    /** Appends {@code relation} whole, as {@code alias}. */
    public Sql relation(Relations relations, Relation relation, String alias) {
        return relations.from(this, relation, alias);
    }

    /** {@code column IN (?, ?, ...)} with one placeholder per value; callers skip it for an empty collection. */
    public Sql in(String column, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("IN needs at least one value");
        }
        text.append(column).append(" IN (").append(String.join(", ", Collections.nCopies(values.size(), "?")))
                .append(')');
        params.addAll(values);
        return this;
    }

    /** The bucket of width {@code widthMicros} holding {@code column}: {@link SqlDialect#bucket}. */
    public Sql bucket(String column, long widthMicros, SqlDialect dialect) {
        if (widthMicros < 1) {
            throw new IllegalArgumentException("bucket width must be positive: " + widthMicros + " µs");
        }
        return dialect.bucket(this, column, widthMicros);
    }

    public String text() {
        return text.toString();
    }

    /**
     * The text with each placeholder replaced by its value as {@code literal} spells it, for a
     * statement that takes no parameters (PostgreSQL's {@code COPY}). A question mark inside a
     * comment, a quoted literal or identifier ({@link VerbatimSpans}) is no placeholder, and
     * {@code ??} is one question mark (a JSON operator), as the driver reads them.
     */
    public String inlined(Function<Object, String> literal) {
        String text = this.text.toString();
        StringBuilder out = new StringBuilder(text.length() + 16 * params.size());
        int next = 0;
        for (int i = 0; i < text.length(); ) {
            int verbatim = VerbatimSpans.end(text, i);
            if (verbatim > i) {
                out.append(text, i, verbatim);
                i = verbatim;
            } else if (text.startsWith("??", i)) {
                out.append('?'); // the driver's escape for an operator ("labels ?? 'service'")
                i += 2;
            } else if (text.charAt(i) == '?') {
                if (next == params.size()) {
                    throw new IllegalStateException("more placeholders than values in: " + text);
                }
                out.append(literal.apply(params.get(next++)));
                i++;
            } else {
                out.append(text.charAt(i++));
            }
        }
        if (next != params.size()) {
            throw new IllegalStateException("fewer placeholders than values in: " + text);
        }
        return out.toString();
    }

    public void bind(PreparedStatement ps, SqlDialect dialect) throws SQLException {
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
                case float[] f -> ps.setArray(at, ps.getConnection().createArrayOf(dialect.floatArrayType(), boxed(f)));
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
