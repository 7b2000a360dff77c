package org.incidentworkbench.storage.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.incidentworkbench.storage.schema.DeclaredColumns;

/**
 * The row count and SHA-256 of one table's rows, fed in canonical order
 * ({@code SnapshotTables.canonicalSelect}). Each value is written as a marker byte (null or not),
 * then its length and UTF-8 text, so no two different rows serialise alike. JSON values are
 * re-spelled with sorted keys first: the same content exported from PostgreSQL (whose jsonb keeps
 * values, not spelling) and from a snapshot then hashes alike.
 */
final class TableDigest {

    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final boolean[] json;
    private final MessageDigest sha;
    private long rows;

    TableDigest(String table) {
        List<DeclaredColumns.DeclaredColumn> columns = DeclaredColumns.of(table);
        json = new boolean[columns.size()];
        for (int i = 0; i < json.length; i++) {
            json[i] = columns.get(i).duckDbType().equals("JSON");
        }
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Adds the current row of a canonical scan. */
    void add(ResultSet rs) throws SQLException {
        for (int i = 0; i < json.length; i++) {
            String value = rs.getString(i + 1);
            if (value == null) {
                sha.update((byte) 0);
                continue;
            }
            byte[] bytes = (json[i] ? canonicalJson(value) : value).getBytes(StandardCharsets.UTF_8);
            sha.update((byte) 1);
            sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            sha.update(bytes);
        }
        rows++;
    }

    long rows() {
        return rows;
    }

    String sha256() {
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String canonicalJson(String text) {
        try {
            return JSON.writeValueAsString(JSON.readValue(text, Object.class));
        } catch (JsonProcessingException e) {
            return text; // not JSON after all: hash the text as it is
        }
    }
}
