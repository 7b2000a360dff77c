package org.incidentworkbench.storage.postgres;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.postgresql.util.ByteConverter;

/**
 * Each column type of the canonical schema: its DuckDB spelling, its PostgreSQL type ({@code udt_name}
 * in the catalog) and how one value read from a snapshot is written as a field of COPY's binary
 * format (a length, then the bytes PostgreSQL's {@code *_recv} function reads). Binary rather than
 * text because the server then parses nothing: see benchmarks/RESULTS.md for the measurement.
 */
enum CopyType {
    UUID_("UUID", "uuid") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            UUID u = rs.getObject(column, UUID.class);
            if (u == null) {
                out.putInt(NULL);
                return;
            }
            out.putInt(16);
            out.putLong(u.getMostSignificantBits());
            out.putLong(u.getLeastSignificantBits());
        }
    },
    TEXT("VARCHAR", "text") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            String text = rs.getString(column);
            if (text == null) {
                out.putInt(NULL);
                return;
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.putInt(bytes.length);
            out.putBytes(bytes);
        }
    },
    /** Read from the snapshot as epoch microseconds; PostgreSQL counts microseconds from 2000-01-01. */
    TIMESTAMPTZ("TIMESTAMP WITH TIME ZONE", "timestamptz") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            long micros = rs.getLong(column);
            if (rs.wasNull()) {
                out.putInt(NULL);
                return;
            }
            out.putInt(Long.BYTES);
            out.putLong(micros - POSTGRES_EPOCH_MICROS);
        }
    },
    INT4("INTEGER", "int4") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            int v = rs.getInt(column);
            if (rs.wasNull()) {
                out.putInt(NULL);
                return;
            }
            out.putInt(Integer.BYTES);
            out.putInt(v);
        }
    },
    INT8("BIGINT", "int8") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            long v = rs.getLong(column);
            if (rs.wasNull()) {
                out.putInt(NULL);
                return;
            }
            out.putInt(Long.BYTES);
            out.putLong(v);
        }
    },
    FLOAT8("DOUBLE", "float8") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            double v = rs.getDouble(column);
            if (rs.wasNull()) {
                out.putInt(NULL);
                return;
            }
            out.putInt(Long.BYTES);
            out.putLong(Double.doubleToRawLongBits(v));
        }
    },
    BOOL("BOOLEAN", "bool") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            boolean v = rs.getBoolean(column);
            if (rs.wasNull()) {
                out.putInt(NULL);
                return;
            }
            out.putInt(1);
            out.putByte(v ? 1 : 0);
        }
    },
    /** jsonb's binary form is a version byte (1) and the JSON text. */
    JSONB("JSON", "jsonb") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            String json = rs.getString(column);
            if (json == null) {
                out.putInt(NULL);
                return;
            }
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            out.putInt(bytes.length + 1);
            out.putByte(1);
            out.putBytes(bytes);
        }
    },
    NUMERIC("DECIMAL(3,2)", "numeric") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            BigDecimal v = rs.getBigDecimal(column);
            if (v == null) {
                out.putInt(NULL);
                return;
            }
            byte[] bytes = ByteConverter.numeric(v);
            out.putInt(bytes.length);
            out.putBytes(bytes);
        }
    },
    UUID_ARRAY("UUID[]", "_uuid") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            writeArray(rs.getArray(column), 2950, e -> {
                UUID u = e instanceof UUID id ? id : UUID.fromString(e.toString());
                byte[] b = new byte[16];
                ByteConverter.int8(b, 0, u.getMostSignificantBits());
                ByteConverter.int8(b, 8, u.getLeastSignificantBits());
                return b;
            }, out);
        }
    },
    TEXT_ARRAY("VARCHAR[]", "_text") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            writeArray(rs.getArray(column), 25, e -> e.toString().getBytes(StandardCharsets.UTF_8), out);
        }
    },
    FLOAT4_ARRAY("FLOAT[]", "_float4") {
        @Override
        void write(ResultSet rs, int column, CopyBuffer out) throws SQLException {
            writeArray(rs.getArray(column), 700, e -> {
                byte[] b = new byte[4];
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

    @FunctionalInterface
    private interface ElementBytes {
        byte[] of(Object element);
    }

    /** A one-dimensional array: header (dimensions, has-nulls flag, element type, length, lower bound 1), then each element as a field. */
    private static void writeArray(Array array, int elementOid, ElementBytes encode, CopyBuffer out) throws SQLException {
        if (array == null) {
            out.putInt(NULL);
            return;
        }
        Object[] elements = (Object[]) array.getArray();
        byte[][] encoded = new byte[elements.length][];
        int size = 3 * Integer.BYTES + (elements.length == 0 ? 0 : 2 * Integer.BYTES);
        boolean hasNull = false;
        for (int i = 0; i < elements.length; i++) {
            encoded[i] = elements[i] == null ? null : encode.of(elements[i]);
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
            if (e == null) {
                out.putInt(NULL);
            } else {
                out.putInt(e.length);
                out.putBytes(e);
            }
        }
    }
}
