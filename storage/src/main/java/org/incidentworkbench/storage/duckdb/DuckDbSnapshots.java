package org.incidentworkbench.storage.duckdb;

import static org.incidentworkbench.storage.duckdb.SnapshotFormatException.Problem.UNREADABLE;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.function.BiFunction;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.analysis.source.SourceInfo;

/** Opens snapshot files as {@link DuckDbIncidentSource}s, or as {@link SnapshotTables} to copy. */
public final class DuckDbSnapshots {

    private DuckDbSnapshots() {
    }

    /**
     * Opens {@code file} for reading. A snapshot may come from someone else, so it is opened
     * read-only, with external access (files, network, ATTACH) disabled, no extension loading and
     * the configuration locked, and it is checked before the first read: its header
     * ({@link SnapshotHeader}), then its catalog and schema version ({@link SnapshotCatalog}).
     *
     * @throws SnapshotFormatException with a plain message when the file is not a snapshot this build can read
     */
    public static DuckDbIncidentSource open(Path file) {
        return open(file, DuckDbIncidentSource::new);
    }

    /**
     * Opens {@code file} to copy its tables elsewhere, checked and sandboxed exactly as {@link #open}.
     *
     * @throws SnapshotFormatException with a plain message when the file is not a snapshot this build can read
     */
    public static SnapshotTables openTables(Path file) {
        return open(file, SnapshotTables::new);
    }

    private static <T> T open(Path file, BiFunction<SourceInfo, QueryRunner, T> as) {
        Objects.requireNonNull(file, "file");
        SnapshotHeader.check(file);
        QueryRunner db = new QueryRunner(connect(file), file);
        try {
            return as.apply(SnapshotCatalog.verify(db), db);
        } catch (RuntimeException e) {
            try {
                db.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof SourceException && !(e instanceof SnapshotFormatException)) {
                throw new SnapshotFormatException(UNREADABLE, file, e.getMessage(), e.getCause());
            }
            throw e;
        }
    }

    private static DuckDBConnection connect(Path file) {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        p.setProperty("enable_external_access", "false");
        p.setProperty("autoload_known_extensions", "false");
        p.setProperty("autoinstall_known_extensions", "false");
        p.setProperty("lock_configuration", "true");
        // DuckDB's JDBC driver materialises a whole result unless told to stream; every read here streams.
        p.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
        try {
            return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
        } catch (SQLException e) {
            throw DuckDbErrors.onOpen(file, e);
        }
    }
}
