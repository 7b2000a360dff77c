package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentworkbench.storage.schema.EvidenceSchema;
import org.incidentworkbench.storage.schema.EvidenceSchema.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PostgreSQL DDL against a real PostgreSQL, compared with the DuckDB DDL it must mirror. */
class PostgresSchemaTest {

    /** How each DuckDB column type is spelled in PostgreSQL's catalog (udt_name). */
    private static final Map<String, String> PG_TYPE_OF_DUCKDB_TYPE = Map.ofEntries(
            Map.entry("VARCHAR", "text"),
            Map.entry("UUID", "uuid"),
            Map.entry("TIMESTAMP WITH TIME ZONE", "timestamptz"),
            Map.entry("INTEGER", "int4"),
            Map.entry("BIGINT", "int8"),
            Map.entry("DOUBLE", "float8"),
            Map.entry("BOOLEAN", "bool"),
            Map.entry("JSON", "jsonb"),
            Map.entry("DECIMAL(3,2)", "numeric"),
            Map.entry("UUID[]", "_uuid"),
            Map.entry("VARCHAR[]", "_text"),
            Map.entry("FLOAT[]", "_float4"));

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void everyStatementAppliesAndApplyingTwiceChangesNothing() throws Exception {
        try (Connection c = freshDatabase("twice")) {
            apply(c);
            List<String> afterFirst = catalog(c);
            apply(c);
            assertThat(catalog(c)).isEqualTo(afterFirst);
        }
    }

    @Test
    void everyTableHasTheColumnsOfTheDuckDbSchemaInTheSameOrderWithMatchingTypesAndNullability() throws Exception {
        Map<String, List<String>> duck;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            for (String sql : EvidenceSchema.statements(Engine.DUCKDB)) {
                execute(c, sql);
            }
            duck = columns(c, "main", true);
        }
        Map<String, List<String>> pg;
        try (Connection c = freshDatabase("columns")) {
            apply(c);
            pg = columns(c, "public", false);
        }
        assertThat(pg.keySet()).containsExactlyInAnyOrderElementsOf(EvidenceSchema.TABLES);
        assertThat(duck.keySet()).containsExactlyInAnyOrderElementsOf(EvidenceSchema.TABLES);
        for (String table : EvidenceSchema.TABLES) {
            assertThat(pg.get(table)).as(table).containsExactlyElementsOf(duck.get(table));
        }
    }

    @Test
    void indexesLogBodiesForSubstringSearchWhenPgTrgmIsInstalled() throws Exception {
        try (Connection c = freshDatabase("trgm")) {
            execute(c, "CREATE EXTENSION pg_trgm");
            apply(c);
            apply(c);
            assertThat(catalog(c)).anyMatch(entry -> entry.startsWith("index log_records_body_trgm "));
        }
    }

    @Test
    void logIdsAreGeneratedWhenOmittedAndKeptWhenGiven() throws Exception {
        try (Connection c = freshDatabase("identity")) {
            apply(c);
            execute(c, "INSERT INTO log_records (ts, service, severity, body) VALUES (now(), 'api', 'INFO', 'generated')");
            execute(c, "INSERT INTO log_records (log_id, ts, service, severity, body) VALUES (42, now(), 'api', 'INFO', 'imported')");
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT body, log_id FROM log_records ORDER BY body")) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1) + "=" + rs.getLong(2));
                }
                assertThat(rows).containsExactly("generated=1", "imported=42");
            }
        }
    }

    private static Connection freshDatabase(String name) throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            execute(admin, "DROP DATABASE IF EXISTS " + name);
            execute(admin, "CREATE DATABASE " + name);
        }
        return DriverManager.getConnection(postgres.getJdbcUrl("postgres", name));
    }

    private static void apply(Connection c) throws SQLException {
        for (String sql : EvidenceSchema.statements(Engine.POSTGRES)) {
            execute(c, sql);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * Columns per table as "name type nullable", type in PostgreSQL's spelling, in column order.
     * {@code duckdb} translates DuckDB's type names first.
     */
    private static Map<String, List<String>> columns(Connection c, String schema, boolean duckdb) throws SQLException {
        String typeColumn = duckdb ? "data_type" : "udt_name";
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name, column_name, " + typeColumn + ", is_nullable"
                     + " FROM information_schema.columns WHERE table_schema = '" + schema + "'"
                     + " ORDER BY table_name, ordinal_position")) {
            while (rs.next()) {
                String type = duckdb ? PG_TYPE_OF_DUCKDB_TYPE.getOrDefault(rs.getString(3), rs.getString(3)) : rs.getString(3);
                out.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
                        .add(rs.getString(2) + " " + type + " " + ("YES".equals(rs.getString(4)) ? "null" : "not null"));
            }
        }
        return out;
    }

    /** Tables, columns with types and defaults, indexes and constraints: what a second apply must not change. */
    private static List<String> catalog(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_name || ' ' || coalesce(column_default, '')
                       FROM information_schema.columns WHERE table_schema = 'public'
                     UNION ALL
                     SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
                     UNION ALL
                     SELECT 'constraint ' || conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                     ORDER BY 1""")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
