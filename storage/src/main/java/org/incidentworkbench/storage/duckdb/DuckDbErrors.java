package org.incidentworkbench.storage.duckdb;

import static org.incidentworkbench.storage.duckdb.SnapshotFormatException.Problem.TRUNCATED;
import static org.incidentworkbench.storage.duckdb.SnapshotFormatException.Problem.UNREADABLE;

import java.nio.file.Path;
import java.sql.SQLException;
import org.incidentworkbench.analysis.source.SourceException;

/**
 * Turns DuckDB's native errors into plain messages naming the file. DuckDB reads blocks lazily, so
 * damage can surface on the first open or on any later read; both go through here. The SQL
 * exception stays the cause, for the log.
 */
final class DuckDbErrors {

    private DuckDbErrors() {
    }

    /** An error while opening or checking {@code file}. */
    static SnapshotFormatException onOpen(Path file, SQLException e) {
        SnapshotFormatException known = fileProblem(file, e);
        return known != null ? known : new SnapshotFormatException(UNREADABLE, file,
                file + " could not be opened as a snapshot: " + firstLine(e) + ".", e);
    }

    /** An error while reading {@code what} (e.g. "the log page") from {@code file}. */
    static SourceException onRead(Path file, String what, SQLException e) {
        SnapshotFormatException known = fileProblem(file, e);
        return known != null ? known : new SourceException("Cannot read " + what + " from " + file + ": " + firstLine(e) + ".", e);
    }

    private static SnapshotFormatException fileProblem(Path file, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Could not read enough bytes")) {
            return new SnapshotFormatException(TRUNCATED, file, file
                    + " is incomplete: it ends before the data it refers to. It was probably cut off while being"
                    + " copied or downloaded; copy it again from its source.", e);
        }
        if (m.contains("Corrupt database file") || m.contains("checksum")) {
            return new SnapshotFormatException(UNREADABLE, file, file
                    + " is damaged (DuckDB found data that fails its checksum). Copy it again from its source.", e);
        }
        if (m.contains("Could not set lock")) {
            return new SnapshotFormatException(UNREADABLE, file, file
                    + " is open for writing in another program. Close it there, or open a copy.", e);
        }
        if (m.contains("version number")) {
            return new SnapshotFormatException(UNREADABLE, file, file
                    + " was written by a newer DuckDB than this version of Incident Workbench can read."
                    + " Upgrade Incident Workbench to open it.", e);
        }
        return null;
    }

    /** The first line of DuckDB's message (later lines echo the SQL), without a final full stop. */
    static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl).strip();
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
