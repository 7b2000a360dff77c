package org.incidentworkbench.storage.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.storage.json.Json;

/**
 * Reads typed values from the current row, for every engine. Queries select timestamps as exact
 * epoch microseconds (DuckDB's {@code epoch_us}, PostgreSQL's {@code extract(epoch ...)}), so every
 * instant arrives free of time-zone conversions.
 */
public final class Rows {

    private Rows() {
    }

    /** Maps the current row of a result to one value. */
    @FunctionalInterface
    public interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** An {@code epoch_us} column as an instant; null stays null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        long us = rs.getLong(column);
        return rs.wasNull() ? null : Micros.toInstant(us);
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    /** A JSON object of strings (labels, attributes). */
    public static Map<String, String> stringMap(ResultSet rs, String column) throws SQLException {
        return Json.toMap(rs.getString(column));
    }

    public static List<String> strings(ResultSet rs, String column) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Object o : elements(rs, column)) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    public static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
        List<UUID> out = new ArrayList<>();
        for (Object o : elements(rs, column)) {
            out.add(o instanceof UUID u ? u : UUID.fromString(String.valueOf(o)));
        }
        return out;
    }

    public static float[] floats(ResultSet rs, String column) throws SQLException {
        Object[] elements = elements(rs, column);
        float[] out = new float[elements.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) elements[i]).floatValue();
        }
        return out;
    }

    private static Object[] elements(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? new Object[0] : (Object[]) a.getArray();
    }
}
