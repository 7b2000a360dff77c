package org.incidentworkbench.storage.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.duckdb.SnapshotTables;
import org.incidentworkbench.storage.schema.EvidenceSchema;

/**
 * Recomputes a snapshot's row counts and content hashes and compares them with its manifest. The
 * snapshot is opened as any other (read-only, sandboxed, checked), and each table is read in its
 * canonical order, streamed, so a snapshot of any size is checked in constant memory.
 */
public final class ManifestVerifier {

    private ManifestVerifier() {
    }

    /** Every table of the manifest, in schema order, with its status. */
    public static List<TableCheck> verify(Path file, Cancellation cancel) {
        try (SnapshotTables tables = DuckDbSnapshots.openTables(file)) {
            return verify(tables, cancel);
        }
    }

    /**
     * The warning to give when {@code file}'s data no longer matches its manifest; empty when it
     * matches, or when it has no manifest (a sample, or a snapshot written before export existed).
     */
    public static Optional<String> alteration(Path file, Cancellation cancel) {
        try (SnapshotTables tables = DuckDbSnapshots.openTables(file)) {
            if (tables.manifest(cancel).isEmpty()) {
                return Optional.empty();
            }
            List<String> altered = mismatched(verify(tables, cancel));
            return altered.isEmpty() ? Optional.empty() : Optional.of(warning(tables.info().location(), altered));
        }
    }

    static List<TableCheck> verify(SnapshotTables tables, Cancellation cancel) {
        String text = tables.manifest(cancel).orElseThrow(() -> new SourceException(tables.info().location()
                + " has no manifest, so its content cannot be checked: it was not written by 'workbench export'."));
        SnapshotManifest manifest;
        try {
            manifest = SnapshotManifest.fromJson(text);
        } catch (IllegalArgumentException e) {
            throw new SourceException(tables.info().location() + ": " + e.getMessage() + ".", e);
        }
        List<TableCheck> checks = new ArrayList<>();
        for (String table : EvidenceSchema.TABLES) {
            SnapshotManifest.Table expected = manifest.tables().get(table);
            TableDigest actual = digest(tables, table, cancel);
            checks.add(check(table, expected, actual));
        }
        return checks;
    }

    static TableDigest digest(SnapshotTables tables, String table, Cancellation cancel) {
        StoredDigest digest = StoredDigest.of(table);
        tables.scanContent(table, digest, cancel);
        return digest.finish();
    }

    private static TableCheck check(String table, SnapshotManifest.Table expected, TableDigest actual) {
        long rows = actual.rows();
        if (expected == null) {
            return new TableCheck(table, TableCheck.Status.MISMATCH, 0, rows);
        }
        boolean same = expected.rows() == rows && expected.sha256().equals(actual.sha256());
        TableCheck.Status status = same ? TableCheck.Status.OK
                : table.equals(SnapshotManifest.APPEND_ONLY) && rows > expected.rows() ? TableCheck.Status.GREW
                : TableCheck.Status.MISMATCH;
        return new TableCheck(table, status, expected.rows(), rows);
    }

    /** The names of the tables that do not match, for a warning. */
    public static List<String> mismatched(List<TableCheck> checks) {
        return checks.stream().filter(c -> !c.matches()).map(TableCheck::table).toList();
    }

    /** The one warning the command line and the desktop give when {@code tables} of {@code location} do not match. */
    public static String warning(String location, List<String> tables) {
        return location + " no longer matches its manifest: " + String.join(", ", tables)
                + (tables.size() == 1 ? " was" : " were") + " changed after export, so treat this snapshot as altered evidence.";
    }
}
