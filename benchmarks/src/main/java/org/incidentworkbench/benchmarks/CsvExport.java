package org.incidentworkbench.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.incidentworkbench.storage.schema.DeclaredColumns;

/**
 * A snapshot's tables written by DuckDB as CSV files that PostgreSQL's own {@code COPY ... FROM}
 * reads: the load benchmark's baseline. Columns in the schema's order; lists spelled as PostgreSQL
 * array literals ({@code {"a","b"}}), since CSV has no lists; timestamps with their offset.
 */
final class CsvExport {

    private CsvExport() {
    }

    /** Writes {@code <table>.csv} into {@code dir} for each of {@code tables}. */
    static void export(Path snapshot, List<String> tables, Path dir) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + snapshot.toAbsolutePath(), readOnly);
             Statement s = c.createStatement()) {
            for (String table : tables) {
                List<String> columns = DeclaredColumns.of(table).stream().map(CsvExport::column).toList();
                s.execute("COPY (SELECT " + String.join(", ", columns) + " FROM " + table + ") TO '"
                        + file(dir, table) + "' (FORMAT csv, HEADER false)");
            }
        }
    }

    static Path file(Path dir, String table) {
        return dir.resolve(table + ".csv").toAbsolutePath();
    }

    private static String column(DeclaredColumns.DeclaredColumn c) {
        if (!c.duckDbType().endsWith("[]")) {
            return c.name();
        }
        String quoted = "'\"' || replace(replace(CAST(x AS VARCHAR), '\\', '\\\\'), '\"', '\\\"') || '\"'";
        return "'{' || array_to_string(list_transform(" + c.name() + ", lambda x: " + quoted + "), ',') || '}' AS " + c.name();
    }
}
