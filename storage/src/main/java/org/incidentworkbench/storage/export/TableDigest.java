package org.incidentworkbench.storage.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * The row count and SHA-256 of one table: the SHA-256 of its rows' texts (UTF-8), fed in their
 * canonical order (see {@code SnapshotTables.contentQuery}).
 */
final class TableDigest {

    private final MessageDigest sha;
    private long rows;

    TableDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Adds the current row of a row-text scan. */
    void add(ResultSet rs) throws SQLException {
        add(rs.getString(1).getBytes(StandardCharsets.UTF_8));
    }

    void add(byte[] rowText) {
        add(rowText, rowText.length);
    }

    /** Adds a row given as the first {@code length} bytes of {@code bytes}. */
    void add(byte[] bytes, int length) {
        sha.update(bytes, 0, length);
        rows++;
    }

    long rows() {
        return rows;
    }

    SnapshotManifest.Table table() {
        return new SnapshotManifest.Table(rows, sha256());
    }

    String sha256() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
