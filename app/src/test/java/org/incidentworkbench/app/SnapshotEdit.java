package org.incidentworkbench.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Changes a snapshot file behind the app's back, as someone with DuckDB at hand could: to alter exported evidence. */
public final class SnapshotEdit {

    private SnapshotEdit() {
    }

    /** Runs {@code sql} on {@code snapshot}, opened writable. */
    public static void run(Path snapshot, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + snapshot.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
