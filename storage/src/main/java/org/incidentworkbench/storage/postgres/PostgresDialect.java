package org.incidentworkbench.storage.postgres;

import org.incidentworkbench.storage.jdbc.Sql;
import org.incidentworkbench.storage.jdbc.SqlDialect;

/**
 * PostgreSQL's spelling of the shared reads, chosen so every answer equals the DuckDB engine's
 * bit for bit. Timestamps travel as epoch microseconds and are converted with integer interval
 * arithmetic, so no value passes through a double. One dialect per database: with TimescaleDB,
 * buckets are {@code time_bucket}s; with pgvector, knowledge search uses its distance operator.
 */
final class PostgresDialect implements SqlDialect {

    /** Plain PostgreSQL: what binding values and reading the schema version need on any server. */
    static final PostgresDialect PLAIN = new PostgresDialect(false, false, false);

    /** {@code server_version_num} of the first release with {@code date_bin}. */
    private static final int DATE_BIN_SINCE = 140000;

    private final boolean timescale;
    private final boolean dateBin;
    private final boolean pgvector;

    private PostgresDialect(boolean timescale, boolean dateBin, boolean pgvector) {
        this.timescale = timescale;
        this.dateBin = dateBin;
        this.pgvector = pgvector;
    }

    /** The dialect that uses the extensions {@code capabilities} found in the database, and the server's functions. */
    static PostgresDialect of(ServerCapabilities capabilities) {
        return new PostgresDialect(capabilities.timescale(), capabilities.versionNumber() >= DATE_BIN_SINCE,
                capabilities.pgvector());
    }

    /** Exact: {@code extract} is numeric, so nothing is rounded. */
    @Override
    public String micros(String column) {
        return "CAST(extract(epoch FROM " + column + ") * 1000000 AS BIGINT)";
    }

    /**
     * As stored: the export's binary COPY carries a timestamptz as its microseconds
     * ({@link BinaryCopyRows}), where {@link #micros}' numeric {@code extract} on every row cost the
     * server more CPU than the rest of the read.
     */
    @Override
    public String exportTime(String column) {
        return column;
    }

    @Override
    public String timestamp() {
        return "(TIMESTAMPTZ 'epoch' + CAST(? AS BIGINT) * INTERVAL '1 microsecond')";
    }

    /** {@code COLLATE "C"} orders by code point, as DuckDB does, so the server's collation cannot change an order. */
    @Override
    public String collate(String column) {
        return column + " COLLATE \"C\"";
    }

    @Override
    public String doubleType() {
        return "DOUBLE PRECISION";
    }

    @Override
    public String floatArrayType() {
        return "float4";
    }

    @Override
    public String arrayLength(String column) {
        return "cardinality(" + column + ")";
    }

    @Override
    public String contains(String text, String part) {
        return "strpos(" + text + ", " + part + ") > 0";
    }

    /** An ARE, case-sensitive; the pattern carries its own anchors. */
    @Override
    public String matchesPattern(String text) {
        return text + " ~ ?";
    }

    @Override
    public String notNaN(String expr) {
        return expr + " <> 'NaN'";
    }

    /** PostgreSQL has no first(... ORDER BY): the first element of an ordered array_agg is it. */
    @Override
    public String firstBy(String expr, String orderBy) {
        return "(array_agg(" + expr + orderBy + "))[1]";
    }

    /** A row comparison, which PostgreSQL answers from a (ts, id) primary key. */
    @Override
    public String keyCompare(String leftTs, String leftId, String cmp, String rightTs, String rightId) {
        return "(" + leftTs + ", " + leftId + ") " + cmp + " (" + rightTs + ", " + rightId + ")";
    }

    @Override
    public Sql keyCompare(Sql sql, String ts, String id, String cmp, long tsMicros, long idValue) {
        return sql.add(keyCompare(ts, id, cmp, timestamp(), "?"), tsMicros, idValue);
    }

    /**
     * A TIMESTAMPTZ bucket, so the reads group by it and convert to epoch microseconds only once per
     * group ({@link #bucketMicros}): {@link #micros}' numeric {@code extract} on every row made
     * bucketing a day of logs take several times as long as the scan. With TimescaleDB, its
     * {@code time_bucket(bucket_width, ts, origin)}, the bucketing its planner knows; else
     * {@code date_bin} (PostgreSQL 14 on). Both with the epoch as origin (TimescaleDB's default is
     * 2000-01-03) and both floor, before the origin too, as the plain expression does, so the
     * buckets do not change. Older servers keep the plain expression.
     */
    @Override
    public Sql bucket(Sql sql, String column, long widthMicros) {
        String width = "CAST(? AS BIGINT) * INTERVAL '1 microsecond'";
        if (timescale) {
            return sql.add("time_bucket(" + width + ", " + column + ", origin => TIMESTAMPTZ 'epoch')", widthMicros);
        }
        if (dateBin) {
            return sql.add("date_bin(" + width + ", " + column + ", TIMESTAMPTZ 'epoch')", widthMicros);
        }
        return SqlDialect.super.bucket(sql, column, widthMicros);
    }

    @Override
    public String bucketMicros(String key) {
        return timescale || dateBin ? micros(key) : SqlDialect.super.bucketMicros(key);
    }

    /**
     * With pgvector, one minus its cosine distance {@code <=>} over {@code column} cast to
     * {@code vector}: the values the schema's derived {@code embedding} column holds, but read from
     * the canonical {@code REAL[]} column, which every source profile's {@code kb_embeddings}
     * returns (the search is exact, so no index on {@code embedding} is lost). pgvector sums in
     * single precision and divides in double, so scores differ from DuckDB's in the last float bits
     * only. A zero vector's distance is NaN, which the read leaves out. {@code <=>} fails on vectors
     * of different dimensions, and the planner may test the score before the read's dimension
     * filter, so a CASE guards it; the subquery binds the query vector, and casts the stored one, once for both uses.
     *
     * <p>Without it: over {@code REAL[]}, in single precision and summed in element order, as
     * DuckDB's {@code list_cosine_similarity} computes it on FLOAT lists, so both engines rank ties
     * alike; clamped to [-1, 1] as DuckDB does. A zero vector has no direction: its score is null
     * (tested before clamping, as {@code greatest} and {@code least} skip nulls).
     */
    @Override
    public String cosineSimilarity(String column) {
        if (pgvector) {
            return "(SELECT CASE WHEN vector_dims(e) = vector_dims(q) THEN 1 - (e <=> q) END"
                    + " FROM (SELECT CAST(? AS vector) AS q, CAST(" + column + " AS vector) AS e) query)";
        }
        return "(SELECT CASE WHEN norms > 0 THEN greatest(CAST(-1 AS REAL), least(CAST(1 AS REAL), dot / norms)) END"
                + " FROM (SELECT sum(a * b) AS dot, CAST(sqrt(sum(a * a) * sum(b * b)) AS REAL) AS norms"
                + " FROM unnest(" + column + ", CAST(? AS REAL[])) AS pair(a, b)) sums)";
    }

    /** {@code ->>} takes the key literally. */
    @Override
    public Sql labelEquals(Sql sql, String column, String key, String value) {
        return sql.add(column + " ->> ? = ?", key, value);
    }

    /** jsonb's own ordering (keys by length first) differs from DuckDB's key-sorted text, so Java sorts. */
    @Override
    public boolean ordersJsonText() {
        return false;
    }

    /** The bucket's values sorted, for {@link #percentileValue} to interpolate between. */
    @Override
    public String percentileAggregate(String column, double quantile) {
        return "array_agg(" + column + " ORDER BY " + column + ")";
    }

    /**
     * The continuous percentile of a bucket's sorted values {@code agg} at rank {@code rn = (n-1)q}:
     * the same linear interpolation as {@code percentile_cont}, but spelled {@code lo·(1-d) + hi·d}
     * as DuckDB computes it, since {@code percentile_cont}'s {@code lo + (hi-lo)·d} can differ in
     * the last bit and the two engines must answer identically.
     */
    @Override
    public String percentileValue() {
        return "agg[CAST(floor(rn) AS INTEGER) + 1] * (1 - (rn - floor(rn)))"
                + " + agg[CAST(ceil(rn) AS INTEGER) + 1] * (rn - floor(rn))";
    }

    @Override
    public Sql percentileRank(Sql sql, double quantile) {
        return sql.add(" CROSS JOIN LATERAL (SELECT CAST(n - 1 AS DOUBLE PRECISION) * CAST(? AS DOUBLE PRECISION) AS rn) ranks",
                quantile);
    }
}
