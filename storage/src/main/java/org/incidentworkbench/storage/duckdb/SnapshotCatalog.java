package org.incidentworkbench.storage.duckdb;

import static org.incidentworkbench.storage.duckdb.SnapshotFormatException.Problem.MISSING_TABLE;
import static org.incidentworkbench.storage.duckdb.SnapshotFormatException.Problem.NEWER_SCHEMA;
import static org.incidentworkbench.storage.duckdb.SnapshotFormatException.Problem.NOT_A_SNAPSHOT;
import static org.incidentworkbench.storage.duckdb.SnapshotFormatException.Problem.UNREADABLE;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.analysis.source.SourceInfo;
import org.incidentworkbench.storage.jdbc.Rows;
import org.incidentworkbench.storage.jdbc.Sql;
import org.incidentworkbench.storage.schema.DeclaredColumns;
import org.incidentworkbench.storage.schema.EvidenceSchema;

/**
 * Checks that an open DuckDB file is a snapshot this build can read, before any read runs.
 *
 * <p>A snapshot may come from someone else, so the file is treated as hostile: it must define no
 * macros or types of its own (a macro named {@code lower} or {@code +} in the file would silently
 * replace the built-in in every query), the sandbox settings must really be in force, and every
 * expected table must be a base table (not a view) with the schema's columns. The checks call
 * catalog functions through the {@code system} catalog so the file cannot shadow them either.
 */
final class SnapshotCatalog {

    private static final String USER_DEFINITIONS = """
            SELECT 'function' AS kind, function_name AS name FROM system.main.duckdb_functions()
              WHERE database_name = system.main.current_database() AND NOT internal
            UNION ALL
            SELECT 'type', type_name FROM system.main.duckdb_types()
              WHERE database_name = system.main.current_database() AND NOT internal
            ORDER BY name""";
    private static final String SANDBOX = """
            SELECT system.main.current_setting('access_mode') AS access_mode,
                   system.main.current_setting('enable_external_access') AS external_access,
                   system.main.current_setting('lock_configuration') AS locked,
                   system.main.current_setting('autoload_known_extensions') AS autoload""";
    private static final String RELATIONS = """
            SELECT table_name, table_type FROM system.information_schema.tables
              WHERE table_catalog = system.main.current_database() AND table_schema = 'main'""";
    private static final String COLUMNS = """
            SELECT table_name, column_name, data_type FROM system.information_schema.columns
              WHERE table_catalog = system.main.current_database() AND table_schema = 'main'""";

    private SnapshotCatalog() {
    }

    /** Checks {@code db} and returns what {@code schema_info} says about it; throws {@link SnapshotFormatException}. */
    static SourceInfo verify(QueryRunner db) {
        Path file = db.file();
        Cancellation none = Cancellation.none();
        List<String> defined = db.list("the file's own definitions", Sql.of(USER_DEFINITIONS),
                rs -> rs.getString("kind") + " " + rs.getString("name"), none);
        if (!defined.isEmpty()) {
            throw notASnapshot(file, "it defines its own SQL " + String.join(", ", defined)
                    + ", which a snapshot never does and which could change what the workbench shows");
        }
        requireSandbox(db, none);

        Map<String, String> relations = new HashMap<>();
        for (Map.Entry<String, String> r : db.list("the table list", Sql.of(RELATIONS), rs -> Map.entry(
                rs.getString("table_name").toLowerCase(Locale.ROOT), rs.getString("table_type")), none)) {
            relations.put(r.getKey(), r.getValue());
        }
        if (!relations.containsKey("schema_info")) {
            throw notASnapshot(file, "it has no schema_info table");
        }
        requireBaseTable(file, "schema_info", relations);
        int version = schemaVersion(db, none);
        for (String table : EvidenceSchema.TABLES) {
            requireBaseTable(file, table, relations);
        }
        requireColumns(db, none);
        return db.first("schema_info", Sql.of("""
                SELECT schema_version, writer, epoch_us(created_at) AS created_us, source
                FROM schema_info WHERE schema_version = ? LIMIT 1""", version),
                rs -> new SourceInfo("duckdb", file.toAbsolutePath().toString(), version, rs.getString("writer"),
                        Rows.instant(rs, "created_us"), rs.getString("source")), none).orElseThrow();
    }

    private static void requireSandbox(QueryRunner db, Cancellation none) {
        boolean safe = db.first("the sandbox settings", Sql.of(SANDBOX), rs ->
                "read_only".equalsIgnoreCase(rs.getString("access_mode"))
                        && "false".equalsIgnoreCase(rs.getString("external_access"))
                        && "true".equalsIgnoreCase(rs.getString("locked"))
                        && "false".equalsIgnoreCase(rs.getString("autoload")), none).orElse(false);
        if (!safe) {
            throw new SnapshotFormatException(UNREADABLE, db.file(), db.file()
                    + " could not be opened safely: DuckDB did not apply the read-only, no-external-access settings.");
        }
    }

    private static int schemaVersion(QueryRunner db, Cancellation none) {
        Path file = db.file();
        Integer version;
        try {
            version = db.first("the schema version",
                    Sql.of("SELECT schema_version FROM schema_info ORDER BY schema_version DESC LIMIT 1"),
                    rs -> rs.getInt("schema_version"), none).orElse(null);
        } catch (SnapshotFormatException e) {
            throw e;
        } catch (SourceException e) {
            throw notASnapshot(file, "its schema_info table has no schema_version column");
        }
        if (version == null) {
            throw notASnapshot(file, "its schema_info table is empty, so the export never finished");
        }
        if (version > EvidenceSchema.CURRENT_VERSION) {
            throw new SnapshotFormatException(NEWER_SCHEMA, file, file + " uses snapshot schema version " + version
                    + ", but this version of Incident Workbench reads schema version " + EvidenceSchema.CURRENT_VERSION
                    + " and older. Upgrade Incident Workbench to open it.");
        }
        if (version < 1) {
            throw notASnapshot(file, "its schema_info names schema version " + version + ", which never existed");
        }
        return version;
    }

    private static void requireBaseTable(Path file, String table, Map<String, String> relations) {
        String type = relations.get(table);
        if (type == null) {
            throw new SnapshotFormatException(MISSING_TABLE, file, file + " is not a complete snapshot: table "
                    + table + " is missing.");
        }
        if (!"BASE TABLE".equals(type)) {
            throw new SnapshotFormatException(MISSING_TABLE, file, file + " is not a genuine snapshot: " + table
                    + " is a " + type.toLowerCase(Locale.ROOT) + ", not a table. It is refused because a view could show"
                    + " something other than the exported data.");
        }
    }

    private static void requireColumns(QueryRunner db, Cancellation none) {
        Map<String, Map<String, String>> actual = new HashMap<>();
        for (Column c : db.list("the column list", Sql.of(COLUMNS), Column::of, none)) {
            actual.computeIfAbsent(c.table(), t -> new HashMap<>()).put(c.name(), c.type());
        }
        for (String table : EvidenceSchema.TABLES) {
            Map<String, String> have = actual.getOrDefault(table, Map.of());
            for (DeclaredColumns.DeclaredColumn col : DeclaredColumns.of(table)) {
                String type = have.get(col.name());
                if (!col.duckDbType().equals(type)) {
                    throw new SnapshotFormatException(MISSING_TABLE, db.file(), db.file()
                            + " is not a complete snapshot: table " + table + " should have column " + col.name()
                            + " of type " + col.duckDbType() + (type == null ? ", but it is missing." : ", but it is " + type + "."));
                }
            }
        }
    }

    /** A column as the catalog lists it; DuckDB names are case-insensitive, so names are lower-cased. */
    private record Column(String table, String name, String type) {
        static Column of(ResultSet rs) throws SQLException {
            return new Column(rs.getString("table_name").toLowerCase(Locale.ROOT),
                    rs.getString("column_name").toLowerCase(Locale.ROOT), rs.getString("data_type"));
        }
    }

    private static SnapshotFormatException notASnapshot(Path file, String why) {
        return new SnapshotFormatException(NOT_A_SNAPSHOT, file, file
                + " is a DuckDB database but not an Incident Workbench snapshot: " + why + ".");
    }
}
