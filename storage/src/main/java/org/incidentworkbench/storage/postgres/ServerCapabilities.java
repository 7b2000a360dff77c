package org.incidentworkbench.storage.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a server is and can do, read once per connection: its version, the extensions installed in
 * the database (which the reads may use) and those only available (which {@code db init} could
 * create), and whether this session is TLS-encrypted.
 *
 * @param version the server's own version text, e.g. {@code 16.4}
 * @param versionNumber {@code server_version_num}, e.g. 160004
 * @param installed extension name to version, for the extensions created in this database
 * @param available extensions the server could create but this database has not
 */
public record ServerCapabilities(String version, int versionNumber, Map<String, String> installed,
        Set<String> available, boolean encrypted) {

    public static final String TIMESCALE = "timescaledb";
    public static final String PGVECTOR = "vector";
    public static final String AGE = "age";

    public ServerCapabilities {
        installed = Collections.unmodifiableMap(new TreeMap<>(installed));
        available = Collections.unmodifiableSet(new TreeSet<>(available));
    }

    /** Reads the capabilities through {@code c}, which stays open. */
    public static ServerCapabilities detect(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            String version;
            int number;
            try (ResultSet rs = s.executeQuery("SELECT current_setting('server_version') AS v,"
                    + " current_setting('server_version_num')::int AS n")) {
                rs.next();
                version = rs.getString("v");
                number = rs.getInt("n");
            }
            Map<String, String> installed = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("SELECT extname, extversion FROM pg_extension")) {
                while (rs.next()) {
                    installed.put(rs.getString(1), rs.getString(2));
                }
            }
            Set<String> available = new TreeSet<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM pg_available_extensions WHERE installed_version IS NULL")) {
                while (rs.next()) {
                    available.add(rs.getString(1));
                }
            }
            boolean encrypted;
            try (ResultSet rs = s.executeQuery("SELECT coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)")) {
                rs.next();
                encrypted = rs.getBoolean(1);
            }
            return new ServerCapabilities(version, number, installed, available, encrypted);
        }
    }

    public boolean has(String extension) {
        return installed.containsKey(extension);
    }

    public boolean timescale() {
        return has(TIMESCALE);
    }

    public boolean pgvector() {
        return has(PGVECTOR);
    }

    public boolean age() {
        return has(AGE);
    }

    /** One line for people, e.g. "PostgreSQL 16.4 · TimescaleDB 2.14.2 · pgvector 0.7.0 · no Apache AGE · TLS". */
    public String describe() {
        return "PostgreSQL " + version
                + " · " + extension("TimescaleDB", TIMESCALE)
                + " · " + extension("pgvector", PGVECTOR)
                + " · " + extension("Apache AGE", AGE)
                + " · " + (encrypted ? "TLS" : "not encrypted");
    }

    private String extension(String name, String extname) {
        if (has(extname)) {
            return name + " " + installed.get(extname);
        }
        return available.contains(extname) ? name + " available, not created" : "no " + name;
    }
}
