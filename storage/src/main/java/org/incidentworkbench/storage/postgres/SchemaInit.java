package org.incidentworkbench.storage.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.schema.EvidenceSchema;
import org.incidentworkbench.storage.schema.EvidenceSchema.Engine;

/**
 * {@code workbench db init}: creates the incident schema in a database's current schema, or
 * completes and checks one already there, and stamps {@code schema_info} with the version. Runs the
 * DDL of {@link EvidenceSchema} in one transaction, which uses TimescaleDB, pgvector and pg_trgm
 * when they are installed in the database (it never creates an extension). Refuses a database that
 * holds another schema version or a table of the schema's name that is someone else's.
 */
public final class SchemaInit {

    /** Every object of the current schema: what a second run must leave as it is to have changed nothing. */
    private static final String OBJECTS = """
            WITH here AS (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
            SELECT 'relation ' || c.relname || ' ' || CAST(c.relkind AS text) FROM pg_class c, here WHERE c.relnamespace = here.oid
            UNION ALL
            SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
              FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid, here
             WHERE c.relnamespace = here.oid AND a.attnum > 0 AND NOT a.attisdropped
            UNION ALL
            SELECT 'constraint ' || conname FROM pg_constraint, here WHERE connamespace = here.oid
            UNION ALL
            SELECT 'trigger ' || c.relname || '.' || t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid, here
             WHERE c.relnamespace = here.oid
            ORDER BY 1""";

    private SchemaInit() {
    }

    /** What a run found and did. */
    public enum Outcome {
        /** The database had none of the schema: it has all of it now. */
        CREATED,
        /** The database had part of the schema, or it was not stamped, or an extension was added since: it is complete now. */
        COMPLETED,
        /** The database held the whole schema already: nothing changed. */
        UNCHANGED
    }

    /**
     * @param server the server's version and extensions
     * @param hypertables the schema's TimescaleDB hypertables (none without TimescaleDB)
     * @param vectorColumn the type of {@code kb_embeddings.embedding} with pgvector, e.g. {@code vector}; empty
     *     without it (vectors are then only {@code REAL[]})
     */
    public record Report(String database, ServerCapabilities server, Outcome outcome, List<String> hypertables,
            Optional<String> vectorColumn) {

        public Report {
            hypertables = List.copyOf(hypertables);
        }
    }

    /**
     * Creates or completes the schema in {@code target}'s database.
     *
     * @param migrate allow a database holding an older schema version to be upgraded (schema version 1
     *     is the first, so no migration exists yet)
     * @throws SourceException with a plain message when the database holds another version or a
     *     foreign table of the schema's name, or the server refuses; nothing is changed then
     */
    public static Report run(PostgresTarget target, boolean migrate) {
        return run(target, migrate, false).orElseThrow();
    }

    /**
     * Creates the schema in {@code target}'s database if it holds none of it, as {@link #run} would;
     * leaves a database holding (some of) it alone, so a role that may fill the tables but not
     * change them can still load. Returns what was done, or empty when nothing was.
     *
     * @throws SourceException as {@link #run} does
     */
    public static Optional<Report> createIfAbsent(PostgresTarget target) {
        return run(target, false, true);
    }

    private static Optional<Report> run(PostgresTarget target, boolean migrate, boolean onlyIfAbsent) {
        String doing = "read the schema";
        try (Connection c = target.openWriter()) {
            c.setAutoCommit(false);
            ServerCapabilities server = ServerCapabilities.detect(c);
            SchemaInspection before = SchemaInspection.read(c, target.display());
            if (onlyIfAbsent && !before.empty()) {
                return Optional.empty();
            }
            before.requireKnownVersion(migrate);
            before.requireNoForeignTable();
            List<String> objectsBefore = objects(c);
            doing = "create the incident schema";
            try (Statement s = c.createStatement()) {
                for (String ddl : EvidenceSchema.statements(Engine.POSTGRES)) {
                    s.execute(ddl);
                }
            }
            boolean stamped = before.version().isEmpty();
            if (stamped) {
                stamp(c, target.display());
            }
            Outcome outcome = before.empty() ? Outcome.CREATED
                    : stamped || !objects(c).equals(objectsBefore) ? Outcome.COMPLETED : Outcome.UNCHANGED;
            Report report = new Report(target.display(), server, outcome, hypertables(c, server), vectorColumn(c));
            c.commit();
            return Optional.of(report);
        } catch (SQLException e) {
            throw PostgresErrors.onWrite(target, doing, e);
        }
    }

    private static void stamp(Connection c, String source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO schema_info (schema_version, writer, source) VALUES (?, ?, ?)")) {
            ps.setInt(1, EvidenceSchema.CURRENT_VERSION);
            ps.setString(2, EvidenceSchema.writer());
            ps.setString(3, source);
            ps.executeUpdate();
        }
    }

    private static List<String> objects(Connection c) throws SQLException {
        return strings(c, OBJECTS);
    }

    private static List<String> hypertables(Connection c, ServerCapabilities server) throws SQLException {
        if (!server.timescale()) {
            return List.of();
        }
        return strings(c, "SELECT hypertable_name FROM timescaledb_information.hypertables"
                + " WHERE hypertable_schema = current_schema() ORDER BY hypertable_name");
    }

    private static Optional<String> vectorColumn(Connection c) throws SQLException {
        return strings(c, "SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a"
                + " WHERE a.attrelid = to_regclass('kb_embeddings') AND a.attname = 'embedding' AND NOT a.attisdropped")
                .stream().findFirst();
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
