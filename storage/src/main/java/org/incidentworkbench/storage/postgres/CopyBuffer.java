package org.incidentworkbench.storage.postgres;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * Bytes on their way into a {@code COPY ... FROM STDIN}: gathered in a fixed buffer and handed to
 * the server each time it fills, so a load of any size holds one buffer. Numbers are big-endian,
 * as COPY's binary format wants them. A failure to send is a {@link SendFailed}, so it cannot be
 * mistaken for an error reading the rows being sent.
 */
final class CopyBuffer {

    private static final int SIZE = 1 << 18;
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final CopyIn copy;
    private final byte[] buffer = new byte[SIZE];
    private int used;

    CopyBuffer(CopyIn copy) {
        this.copy = copy;
    }

    void putShort(int v) {
        room(Short.BYTES);
        SHORT.set(buffer, used, (short) v);
        used += Short.BYTES;
    }

    void putInt(int v) {
        room(Integer.BYTES);
        INT.set(buffer, used, v);
        used += Integer.BYTES;
    }

    void putLong(long v) {
        room(Long.BYTES);
        LONG.set(buffer, used, v);
        used += Long.BYTES;
    }

    void putByte(int v) {
        room(1);
        buffer[used++] = (byte) v;
    }

    void putBytes(byte[] bytes) {
        if (bytes.length > SIZE) {
            flush();
            send(bytes, bytes.length);
            return;
        }
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    /** Sends what is buffered to the server. */
    void flush() {
        if (used > 0) {
            send(buffer, used);
            used = 0;
        }
    }

    private void send(byte[] bytes, int length) {
        try {
            copy.writeToCopy(bytes, 0, length);
        } catch (SQLException e) {
            throw new SendFailed(e);
        }
    }

    private void room(int bytes) {
        if (used + bytes > SIZE) {
            flush();
        }
    }

    /** The server refused or lost the data being copied; the cause says why. */
    static final class SendFailed extends RuntimeException {
        SendFailed(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
