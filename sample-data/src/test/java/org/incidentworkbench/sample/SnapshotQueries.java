package org.incidentworkbench.sample;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/** Plain JDBC reads of a generated snapshot, independent of the storage module's reader. */
final class SnapshotQueries implements AutoCloseable {

    private final Connection connection;

    private SnapshotQueries(Connection connection) {
        this.connection = connection;
    }

    static SnapshotQueries open(Path snapshot) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        return new SnapshotQueries(DriverManager.getConnection("jdbc:duckdb:" + snapshot.toAbsolutePath(), readOnly));
    }

    /** The single number a query returns. */
    double number(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    long count(String sql, Object... params) throws SQLException {
        return (long) number(sql, params);
    }

    /** The first column of every row, as text. */
    List<String> strings(String sql, Object... params) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** SHA-256 of every row of {@code table}, rows sorted by all their columns. */
    String contentHash(String table) throws SQLException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM " + table + " ORDER BY ALL");
             ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    digest.update(String.valueOf(rs.getString(c)).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0x1f);
                }
                digest.update((byte) '\n');
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
