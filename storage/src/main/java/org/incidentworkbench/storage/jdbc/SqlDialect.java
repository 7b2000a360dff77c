package org.incidentworkbench.storage.jdbc;

/**
 * Where the DuckDB and PostgreSQL engines spell the same read differently. The methods return
 * constant SQL fragments (or append one with its bound values; caller values are never spliced),
 * so the shared read classes build one statement per read that both engines answer identically.
 * Each implementation says why its spelling matches the other's.
 */
public interface SqlDialect {

    /** A TIMESTAMPTZ expression as exact epoch microseconds (a BIGINT). */
    String micros(String column);

    /**
     * A time column as an export read selects it ({@link Reader#signalRows}): epoch microseconds,
     * as {@link #micros}, unless the engine's reader takes the stored time itself.
     */
    default String exportTime(String column) {
        return micros(column);
    }

    /** One bound epoch-microsecond value ({@code ?}) as a TIMESTAMPTZ. */
    String timestamp();

    /** A text sort key ordered by code point, whatever the database's collation. */
    String collate(String column);

    /** The name of the double-precision floating point type. */
    String doubleType();

    /** The SQL type name under which a bound {@code float[]} is sent. */
    String floatArrayType();

    /** The element count of an array column. */
    String arrayLength(String column);

    /** Whether {@code text} contains {@code part} as a literal substring (no pattern characters). */
    String contains(String text, String part);

    /**
     * Whether all of {@code text} matches one bound regular expression ({@code ?}), written in the
     * syntax RE2 and PostgreSQL's AREs share (see {@link TemplatePattern}); case-sensitive.
     */
    String matchesPattern(String text);

    /** True when {@code expr} is not NaN. */
    String notNaN(String expr);

    /** {@code expr} of the first row of a group in {@code orderBy} (a full {@code ORDER BY ...} clause). */
    String firstBy(String expr, String orderBy);

    /** The key (leftTs, leftId) compared with {@code cmp} ({@code <} or {@code >}) to (rightTs, rightId). */
    String keyCompare(String leftTs, String leftId, String cmp, String rightTs, String rightId);

    /** Appends the key (ts, id) compared with {@code cmp} to a bound key, binding its values. */
    Sql keyCompare(Sql sql, String ts, String id, String cmp, long tsMicros, long idValue);

    /**
     * Appends the epoch-aligned bucket of width {@code widthMicros} (positive) holding timestamp
     * column {@code column}, binding the width: the key a read groups by, which
     * {@link #bucketMicros} turns into the bucket's start once per group. Here the start itself, in
     * epoch microseconds. Floor division, not DuckDB's truncating {@code //}, so times before 1970
     * fall in the right bucket too, and both engines give the same buckets.
     */
    default Sql bucket(Sql sql, String column, long widthMicros) {
        String us = micros(column);
        return sql.add("(" + us + " - ((" + us + " % ?) + ?) % ?)", widthMicros, widthMicros, widthMicros);
    }

    /** The start, in epoch microseconds (a BIGINT), of the bucket {@code key} that {@link #bucket} gave. */
    default String bucketMicros(String key) {
        return key;
    }

    /**
     * The cosine similarity of the REAL/FLOAT array column {@code column} and one bound query
     * vector ({@code ?}), computed in single precision; null or NaN for a zero vector.
     */
    String cosineSimilarity(String column);

    /** Appends {@code column}'s label {@code key} equals {@code value}, taking the key text literally, binding both. */
    Sql labelEquals(Sql sql, String column, String key, String value);

    /** Whether ORDER BY on a JSON column orders by its key-sorted text; if not, the caller sorts. */
    boolean ordersJsonText();

    /** The per-group aggregate a continuous percentile at {@code quantile} is computed from ({@code agg}). */
    String percentileAggregate(String column, double quantile);

    /** The continuous percentile from a group's {@code agg}, its count {@code n} and the rank {@code rn}. */
    String percentileValue();

    /** Appends what {@link #percentileValue} needs besides {@code agg} and {@code n}, binding the quantile. */
    Sql percentileRank(Sql sql, double quantile);
}
