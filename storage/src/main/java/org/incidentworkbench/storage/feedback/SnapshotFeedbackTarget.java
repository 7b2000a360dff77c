package org.incidentworkbench.storage.feedback;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A snapshot file's {@code feedback_events}, the only table of a snapshot that ever changes. The
 * file is opened read-write only for the moment of an append, still sandboxed (no external
 * access, no extensions, configuration locked) since it may come from someone else.
 */
public record SnapshotFeedbackTarget(Path file) implements FeedbackTarget {

    public SnapshotFeedbackTarget {
        file = file.toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public Connection open() throws SQLException {
        if (!Files.isRegularFile(file)) {
            // DuckDB would create an empty database under the name, which the file would then find in its way.
            throw new SQLException("the file is not there (moved, renamed or deleted).");
        }
        Properties p = new Properties();
        p.setProperty("enable_external_access", "false");
        p.setProperty("autoload_known_extensions", "false");
        p.setProperty("autoinstall_known_extensions", "false");
        p.setProperty("lock_configuration", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + file, p);
    }

    @Override
    public String jsonType() {
        return "JSON";
    }
}
