package org.incidentworkbench.storage.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.schema.DeclaredColumns;
import org.incidentworkbench.storage.schema.EvidenceSchema;

/**
 * What a database holds of the incident schema, read from its catalog in the session's current
 * schema: which of the schema's tables exist, whether each has the schema's columns and types, and
 * the version {@code schema_info} names. {@code db init} and the loader decide from it whether they
 * may touch the database.
 */
final class SchemaInspection {

    private static final String COLUMNS = """
            SELECT t.table_name, t.table_type, c.column_name, c.udt_name, c.is_generated, c.is_identity
              FROM information_schema.tables t
              LEFT JOIN information_schema.columns c
                ON c.table_schema = t.table_schema AND c.table_name = t.table_name
             WHERE t.table_schema = current_schema() AND t.table_name = ANY (?)
             ORDER BY t.table_name, c.ordinal_position""";

    /** A column as the catalog lists it. */
    private record Column(String name, String type, boolean generated, boolean identity) {
    }

    private final String where;
    private final Map<String, String> tableTypes;
    private final Map<String, List<Column>> columns;
    private final OptionalInt version;

    private SchemaInspection(String where, Map<String, String> tableTypes, Map<String, List<Column>> columns,
            OptionalInt version) {
        this.where = where;
        this.tableTypes = tableTypes;
        this.columns = columns;
        this.version = version;
    }

    /** Reads the catalog through {@code c}; {@code where} names the database in messages. */
    static SchemaInspection read(Connection c, String where) throws SQLException {
        Map<String, String> tableTypes = new HashMap<>();
        Map<String, List<Column>> columns = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(COLUMNS)) {
            ps.setArray(1, c.createArrayOf("text", EvidenceSchema.TABLES.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString("table_name");
                    tableTypes.put(table, rs.getString("table_type"));
                    List<Column> list = columns.computeIfAbsent(table, t -> new ArrayList<>());
                    if (rs.getString("column_name") != null) {
                        list.add(new Column(rs.getString("column_name"), rs.getString("udt_name"),
                                "ALWAYS".equals(rs.getString("is_generated")), "YES".equals(rs.getString("is_identity"))));
                    }
                }
            }
        }
        SchemaInspection shape = new SchemaInspection(where, tableTypes, columns, OptionalInt.empty());
        if (!tableTypes.containsKey("schema_info") || shape.problem("schema_info").isPresent()) {
            return shape;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT max(schema_version) FROM schema_info");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            int v = rs.getInt(1);
            return new SchemaInspection(where, tableTypes, columns, rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v));
        }
    }

    /** True when none of the schema's tables exists: a database {@code db init} may create the schema in. */
    boolean empty() {
        return tableTypes.isEmpty();
    }

    /** The highest version {@code schema_info} names, if it has a row. */
    OptionalInt version() {
        return version;
    }

    /** The schema's tables the database lacks, in creation order. */
    List<String> missingTables() {
        return EvidenceSchema.TABLES.stream().filter(t -> !tableTypes.containsKey(t)).toList();
    }

    /** The identity column of {@code table}, whose sequence must move past loaded ids, if it has one. */
    Optional<String> identityColumn(String table) {
        return columns.getOrDefault(table, List.of()).stream().filter(Column::identity).map(Column::name).findFirst();
    }

    /**
     * Refuses a database holding a table of the schema's name that is not the schema's table: a view,
     * or a table with other columns, so nothing of someone else's is written to or changed.
     *
     * @throws SourceException naming the first such table and what differs
     */
    void requireNoForeignTable() {
        for (String table : EvidenceSchema.TABLES) {
            problem(table).ifPresent(why -> {
                throw new SourceException(where + " already has a table " + table + " that is not the incident schema's: "
                        + why + ". Use another database, or rename that table.");
            });
        }
    }

    /**
     * Refuses anything but the current schema, complete, so a load writes exactly the columns it expects.
     *
     * @throws SourceException with a plain message saying what to do
     */
    void requireCurrent() {
        requireKnownVersion(false);
        requireNoForeignTable();
        if (version.isEmpty()) {
            throw new SourceException(where + ": " + PostgresErrors.NO_SCHEMA + ".");
        }
        if (!missingTables().isEmpty()) {
            throw new SourceException(where + " lacks the incident schema's table " + missingTables().getFirst()
                    + "; run `workbench db init` to complete it.");
        }
    }

    /**
     * Refuses a schema version this build does not write: a newer one always, an older one unless
     * {@code migrate} (and schema version 1 is the first, so there is nothing older to migrate yet).
     */
    void requireKnownVersion(boolean migrate) {
        if (version.isEmpty() || version.getAsInt() == EvidenceSchema.CURRENT_VERSION) {
            return;
        }
        int v = version.getAsInt();
        if (v > EvidenceSchema.CURRENT_VERSION) {
            throw new SourceException(where + " holds incident schema version " + v + ", newer than this version of"
                    + " Incident Workbench writes (" + EvidenceSchema.CURRENT_VERSION
                    + "). Upgrade Incident Workbench; it will not change a newer schema.");
        }
        if (!migrate) {
            throw new SourceException(where + " holds incident schema version " + v + ", older than this version of"
                    + " Incident Workbench writes (" + EvidenceSchema.CURRENT_VERSION
                    + "). Run `workbench db init --migrate` to upgrade it.");
        }
        // Version 1 is the first: no migration exists yet, so an older version is one no release wrote.
        throw new SourceException(where + " holds incident schema version " + v + ", and this version of Incident"
                + " Workbench has no migration from it (version 1 is the first).");
    }

    /** What makes {@code table} foreign, if it exists and is. */
    private Optional<String> problem(String table) {
        String type = tableTypes.get(table);
        if (type == null) {
            return Optional.empty();
        }
        if (!"BASE TABLE".equals(type)) {
            return Optional.of("it is a " + type.toLowerCase(Locale.ROOT) + ", not a table");
        }
        Map<String, Column> have = new HashMap<>();
        columns.get(table).forEach(c -> have.put(c.name(), c));
        for (DeclaredColumns.DeclaredColumn expected : DeclaredColumns.of(table)) {
            Column actual = have.remove(expected.name());
            String wanted = CopyType.of(expected.duckDbType()).postgresType();
            if (actual == null) {
                return Optional.of("it has no column " + expected.name());
            }
            if (!actual.type().equals(wanted)) {
                return Optional.of("its column " + expected.name() + " is " + actual.type() + ", not " + wanted);
            }
        }
        // Generated columns (pgvector's `embedding`) are the database's own: a load never writes them.
        return have.values().stream().filter(c -> !c.generated()).findFirst()
                .map(c -> "it has a column " + c.name() + " the incident schema does not");
    }
}
