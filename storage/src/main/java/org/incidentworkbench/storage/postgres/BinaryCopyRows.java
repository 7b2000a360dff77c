package org.incidentworkbench.storage.postgres;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.incidentworkbench.storage.jdbc.SignalValues;
import org.incidentworkbench.storage.schema.Column;
import org.incidentworkbench.storage.schema.ColumnType;
import org.incidentworkbench.storage.schema.Relation;

/**
 * An export read of a signal relation as PostgreSQL's binary {@code COPY} gives it, decoded into
 * the plain values {@link SignalValues} gives. The server then sends times and numbers as they are
 * stored, with no text to print and parse ({@link PostgresDialect#exportTime}), and streams the
 * rows without waiting for the client to ask for the next batch. {@link #statement} casts every
 * column to the type decoded here, so a source profile's columns of kindred types (an
 * {@code integer} for a {@code bigint}) arrive alike. Each COPY message holds whole rows, the first
 * one also the header.
 */
final class BinaryCopyRows {

    /** PostgreSQL counts time in microseconds from 2000-01-01 UTC. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;
    private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

    private final List<ColumnType> types;
    private boolean headerRead;
    private boolean ended;

    BinaryCopyRows(Relation signal) {
        this.types = signal.columns().stream().map(Column::type).toList();
    }

    /** The {@code COPY} of {@code select}, an export read of {@code signal}'s columns, times as stored. */
    static String statement(String select, Relation signal) {
        String casts = signal.columns().stream().map(c -> "CAST(q." + c.name() + " AS " + switch (c.type()) {
            case TIMESTAMPTZ -> "TIMESTAMPTZ";
            case INTEGER -> "BIGINT";
            case DOUBLE -> "DOUBLE PRECISION";
            case TEXT, JSONB -> "TEXT";
            default -> throw new IllegalArgumentException("not a signal column: " + c);
        } + ")").collect(Collectors.joining(", "));
        return "COPY (SELECT " + casts + " FROM (" + select + ") q) TO STDOUT (FORMAT binary)";
    }

    /** Hands each row in {@code message}, one message of the COPY's data, to {@code rows}. */
    void decode(byte[] message, Consumer<Object[]> rows) {
        ByteBuffer in = ByteBuffer.wrap(message);
        if (!headerRead) {
            skipHeader(in);
            headerRead = true;
        }
        while (in.hasRemaining()) {
            if (ended) {
                throw malformed("data after the end of the rows");
            }
            short fields = in.getShort();
            if (fields == -1) {
                ended = true;
            } else if (fields != types.size()) {
                throw malformed(fields + " columns where " + types.size() + " were asked for");
            } else {
                rows.accept(row(in));
            }
        }
    }

    private Object[] row(ByteBuffer in) {
        Object[] values = new Object[types.size()];
        for (int i = 0; i < values.length; i++) {
            int length = in.getInt();
            if (length == -1) {
                continue;
            }
            values[i] = switch (types.get(i)) {
                case TIMESTAMPTZ -> fixed(length, 8, in).getLong() + POSTGRES_EPOCH_MICROS;
                case INTEGER -> fixed(length, 8, in).getLong();
                case DOUBLE -> fixed(length, 8, in).getDouble();
                default -> {
                    String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
                    in.position(in.position() + length);
                    yield text;
                }
            };
        }
        return values;
    }

    private static ByteBuffer fixed(int length, int expected, ByteBuffer in) {
        if (length != expected) {
            throw malformed("a value of " + length + " bytes where " + expected + " were expected");
        }
        return in;
    }

    private static void skipHeader(ByteBuffer in) {
        byte[] signature = new byte[SIGNATURE.length];
        in.get(signature);
        if (!Arrays.equals(signature, SIGNATURE)) {
            throw malformed("no binary COPY signature");
        }
        in.getInt(); // flags: none is defined that changes the rows
        int extension = in.getInt();
        in.position(in.position() + extension);
    }

    private static IllegalStateException malformed(String what) {
        return new IllegalStateException("unexpected binary COPY data from PostgreSQL: " + what);
    }
}
