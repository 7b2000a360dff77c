package org.incidentworkbench.storage.duckdb;

import java.nio.file.Path;
import org.incidentworkbench.analysis.source.SourceException;

/**
 * A file could not be opened as a snapshot. {@link #problem()} says why, so the UI can offer the
 * right next step (pick another file, copy it again, upgrade); the message is plain and names the file.
 */
public class SnapshotFormatException extends SourceException {

    /** Why a file is not a readable snapshot. */
    public enum Problem {
        /** No file (or a folder) at the path. */
        NOT_FOUND,
        /** Empty, too short, or without DuckDB's header. */
        NOT_DUCKDB,
        /** A DuckDB file that ends before the data its header points to. */
        TRUNCATED,
        /** A DuckDB database without the workbench schema (or with things a snapshot never holds). */
        NOT_A_SNAPSHOT,
        /** Written with a newer schema version than this build reads. */
        NEWER_SCHEMA,
        /** An expected table is missing, is a view, or lacks the schema's columns. */
        MISSING_TABLE,
        /** Anything else DuckDB refused: damage, a lock held by a writer, an unsafe path. */
        UNREADABLE
    }

    private final Problem problem;
    private final transient Path file;

    public SnapshotFormatException(Problem problem, Path file, String plainMessage) {
        super(plainMessage);
        this.problem = problem;
        this.file = file;
    }

    public SnapshotFormatException(Problem problem, Path file, String plainMessage, Throwable cause) {
        super(plainMessage, cause);
        this.problem = problem;
        this.file = file;
    }

    public Problem problem() {
        return problem;
    }

    /** The file that was being opened or read. */
    public Path file() {
        return file;
    }
}
