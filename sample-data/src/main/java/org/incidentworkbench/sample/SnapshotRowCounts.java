package org.incidentworkbench.sample;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.schema.EvidenceSchema;

/** Counts the rows of every table of a finished snapshot, in schema order, reading it read-only. */
final class SnapshotRowCounts {

    private SnapshotRowCounts() {
    }

    static Map<String, Long> of(Path snapshot) {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + snapshot.toAbsolutePath(), readOnly);
             Statement st = c.createStatement()) {
            for (String table : EvidenceSchema.TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new SourceException("cannot count the rows of " + snapshot + ": " + e.getMessage(), e);
        }
        return counts;
    }
}
