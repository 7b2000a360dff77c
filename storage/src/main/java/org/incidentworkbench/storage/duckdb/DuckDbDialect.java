package org.incidentworkbench.storage.duckdb;

import org.incidentworkbench.storage.jdbc.Sql;
import org.incidentworkbench.storage.jdbc.SqlDialect;

/** DuckDB's spelling of the shared reads: the reference the PostgreSQL dialect matches. */
final class DuckDbDialect implements SqlDialect {

    static final DuckDbDialect INSTANCE = new DuckDbDialect();

    private DuckDbDialect() {
    }

    @Override
    public String micros(String column) {
        return "epoch_us(" + column + ")";
    }

    @Override
    public String timestamp() {
        return "make_timestamptz(?)";
    }

    /** DuckDB's default collation already orders by code point. */
    @Override
    public String collate(String column) {
        return column;
    }

    @Override
    public String doubleType() {
        return "DOUBLE";
    }

    @Override
    public String floatArrayType() {
        return "FLOAT";
    }

    @Override
    public String arrayLength(String column) {
        return "len(" + column + ")";
    }

    @Override
    public String contains(String text, String part) {
        return "contains(" + text + ", " + part + ")";
    }

    /** RE2; the pattern carries its own anchors. */
    @Override
    public String matchesPattern(String text) {
        return "regexp_matches(" + text + ", ?)";
    }

    @Override
    public String notNaN(String expr) {
        return "NOT isnan(" + expr + ")";
    }

    @Override
    public String firstBy(String expr, String orderBy) {
        return "first(" + expr + orderBy + ")";
    }

    @Override
    public String keyCompare(String leftTs, String leftId, String cmp, String rightTs, String rightId) {
        return "(" + leftTs + " " + cmp + " " + rightTs + " OR (" + leftTs + " = " + rightTs + " AND " + leftId + " "
                + cmp + " " + rightId + "))";
    }

    @Override
    public Sql keyCompare(Sql sql, String ts, String id, String cmp, long tsMicros, long idValue) {
        return sql.add(keyCompare(ts, id, cmp, timestamp(), "?"), tsMicros, tsMicros, idValue);
    }

    /** A zero vector has no direction: its score is null, where {@code list_cosine_similarity} would clamp NaN to -1. */
    @Override
    public String cosineSimilarity(String column) {
        return "CASE WHEN list_dot_product(" + column + ", " + column + ") > 0"
                + " THEN list_cosine_similarity(" + column + ", ?::FLOAT[]) END";
    }

    /** Keys are addressed as JSON pointers (/key, with ~ and / escaped) so any key text is a literal. */
    @Override
    public Sql labelEquals(Sql sql, String column, String key, String value) {
        return sql.add("json_extract_string(" + column + ", ?) = ?", jsonPointer(key), value);
    }

    private static String jsonPointer(String key) {
        return "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** DuckDB stores JSON as key-sorted text and orders it as text. */
    @Override
    public boolean ordersJsonText() {
        return true;
    }

    @Override
    public String percentileAggregate(String column, double quantile) {
        return "quantile_cont(" + column + ", " + quantile + ")";
    }

    @Override
    public String percentileValue() {
        return "agg";
    }

    @Override
    public Sql percentileRank(Sql sql, double quantile) {
        return sql;
    }
}
