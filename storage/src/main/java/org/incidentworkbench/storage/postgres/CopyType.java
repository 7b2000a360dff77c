package org.incidentworkbench.storage.postgres;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Function;
import org.postgresql.util.ByteConverter;

/**
 * Each column type of the canonical schema: its DuckDB spelling, its PostgreSQL type ({@code udt_name}
 * in the catalog) and how one value read from a snapshot is written as a field of COPY's binary
 * format: its length (-1 for NULL), then the bytes PostgreSQL's {@code *_recv} function reads.
 * Binary rather than text because the server then parses no text (see benchmarks/RESULTS.md).
 */
enum CopyType {
    UUID_("UUID", "uuid") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            bytes(uuid(rs.getObject(column, UUID.class)), out);
        }
    },
    TEXT("VARCHAR", "text") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            bytes(utf8(rs.getString(column)), out);
        }
    },
    /** Read from the snapshot as epoch microseconds; PostgreSQL counts microseconds from 2000-01-01. */
    TIMESTAMPTZ("TIMESTAMP WITH TIME ZONE", "timestamptz") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            int8(rs, rs.getLong(column) - POSTGRES_EPOCH_MICROS, out);
        }
    },
    INT4("INTEGER", "int4") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            int v = rs.getInt(column);
            if (rs.wasNull()) {
                out.putInt(NULL);
            } else {
                out.putInt(Integer.BYTES);
                out.putInt(v);
            }
        }
    },
    INT8("BIGINT", "int8") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            int8(rs, rs.getLong(column), out);
        }
    },
    FLOAT8("DOUBLE", "float8") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            int8(rs, Double.doubleToRawLongBits(rs.getDouble(column)), out);
        }
    },
    BOOL("BOOLEAN", "bool") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            boolean v = rs.getBoolean(column);
            bytes(rs.wasNull() ? null : new byte[] {(byte) (v ? 1 : 0)}, out);
        }
    },
    /** jsonb's binary form is a version byte (1) and the JSON text. */
    JSONB("JSON", "jsonb") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            byte[] json = utf8(rs.getString(column));
            if (json == null) {
                out.putInt(NULL);
                return;
            }
            out.putInt(json.length + 1);
            out.putByte(1);
            out.putBytes(json);
        }
    },
    NUMERIC("DECIMAL(3,2)", "numeric") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            BigDecimal v = rs.getBigDecimal(column);
            bytes(v == null ? null : ByteConverter.numeric(v), out);
        }
    },
    UUID_ARRAY("UUID[]", "_uuid") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            array(rs.getArray(column), 2950, e -> uuid(e instanceof UUID u ? u : UUID.fromString(e.toString())), out);
        }
    },
    TEXT_ARRAY("VARCHAR[]", "_text") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            array(rs.getArray(column), 25, e -> utf8(e.toString()), out);
        }
    },
    FLOAT4_ARRAY("FLOAT[]", "_float4") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            array(rs.getArray(column), 700, e -> {
                byte[] b = new byte[Float.BYTES];
                ByteConverter.float4(b, 0, ((Number) e).floatValue());
                return b;
            }, out);
        }
    };

    /** A field's length when it is NULL. */
    private static final int NULL = -1;
    /** 2000-01-01T00:00:00Z in epoch microseconds. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

    private final String duckDbType;
    private final String postgresType;

    CopyType(String duckDbType, String postgresType) {
        this.duckDbType = duckDbType;
        this.postgresType = postgresType;
    }

    /** The type of a column declared {@code duckDbType} in the canonical DDL. */
    static CopyType of(String duckDbType) {
        for (CopyType t : values()) {
            if (t.duckDbType.equals(duckDbType)) {
                return t;
            }
        }
        throw new IllegalStateException("the canonical schema uses a type the PostgreSQL loader cannot write: " + duckDbType);
    }

    /** The type's name in PostgreSQL's catalog ({@code information_schema.columns.udt_name}). */
    String postgresType() {
        return postgresType;
    }

    /** Writes column {@code column} of the current row of {@code rs} as one COPY field. */
    abstract void write(ResultSet rs, int column, CopyBuffer out) throws SQLException;

    /** An eight-byte field, or NULL when the value just read from {@code rs} was. */
    private static void int8(ResultSet rs, long v, CopyBuffer out) throws SQLException {
        if (rs.wasNull()) {
            out.putInt(NULL);
        } else {
            out.putInt(Long.BYTES);
            out.putLong(v);
        }
    }

    /** A field of {@code bytes}; null is NULL. */
    private static void bytes(byte[] bytes, CopyBuffer out) {
        if (bytes == null) {
            out.putInt(NULL);
        } else {
            out.putInt(bytes.length);
            out.putBytes(bytes);
        }
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] uuid(UUID u) {
        if (u == null) {
            return null;
        }
        byte[] b = new byte[16];
        ByteConverter.int8(b, 0, u.getMostSignificantBits());
        ByteConverter.int8(b, 8, u.getLeastSignificantBits());
        return b;
    }

    /**
     * A one-dimensional array: dimensions (0 when empty), a has-nulls flag, the element type, then
     * for a dimension its length and lower bound (1), then each element as a field.
     */
    private static void array(Array array, int elementOid, Function<Object, byte[]> encode, CopyBuffer out)
            throws SQLException {
        if (array == null) {
            out.putInt(NULL);
            return;
        }
        Object[] elements = (Object[]) array.getArray();
        byte[][] encoded = new byte[elements.length][];
        int size = 3 * Integer.BYTES + (elements.length == 0 ? 0 : 2 * Integer.BYTES);
        boolean hasNull = false;
        for (int i = 0; i < elements.length; i++) {
            encoded[i] = elements[i] == null ? null : encode.apply(elements[i]);
            hasNull |= encoded[i] == null;
            size += Integer.BYTES + (encoded[i] == null ? 0 : encoded[i].length);
        }
        out.putInt(size);
        out.putInt(elements.length == 0 ? 0 : 1);
        out.putInt(hasNull ? 1 : 0);
        out.putInt(elementOid);
        if (elements.length > 0) {
            out.putInt(elements.length);
            out.putInt(1);
        }
        for (byte[] e : encoded) {
            bytes(e, out);
        }
    }
}
