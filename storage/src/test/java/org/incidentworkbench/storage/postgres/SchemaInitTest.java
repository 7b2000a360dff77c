package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.schema.EvidenceSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code db init} on new databases of the run's server (embedded PostgreSQL: contrib extensions, no TimescaleDB or pgvector). */
class SchemaInitTest {

    @RegisterExtension
    static final LiveScenario PG = new LiveScenario();

    @Test
    void createsTheWholeSchemaInAnEmptyDatabaseAndStampsItsVersion() throws Exception {
        PostgresTarget db = PG.newDatabase("init_new");

        SchemaInit.Report report = SchemaInit.run(db, false);

        assertThat(report.outcome()).isEqualTo(SchemaInit.Outcome.CREATED);
        assertThat(report.database()).isEqualTo(db.display());
        assertThat(report.server().version()).isNotBlank();
        assertThat(report.hypertables()).isEmpty();
        assertThat(report.vectorColumn()).isEmpty();
        assertThat(strings(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                .containsExactlyInAnyOrderElementsOf(EvidenceSchema.TABLES);
        assertThat(strings(db, "SELECT schema_version || ' ' || writer || ' ' || source FROM schema_info"))
                .containsExactly(EvidenceSchema.CURRENT_VERSION + " " + EvidenceSchema.writer() + " " + db.display());
    }

    @Test
    void aSecondRunChangesNothingAndSaysSo() throws Exception {
        PostgresTarget db = PG.newDatabase("init_twice");
        SchemaInit.run(db, false);

        assertThat(SchemaInit.run(db, false).outcome()).isEqualTo(SchemaInit.Outcome.UNCHANGED);
        assertThat(SchemaInit.run(db, true).outcome()).isEqualTo(SchemaInit.Outcome.UNCHANGED);
        assertThat(strings(db, "SELECT schema_version::text FROM schema_info")).hasSize(1);
    }

    @Test
    void createIfAbsentCreatesOnlyInADatabaseHoldingNoneOfTheSchema() throws Exception {
        PostgresTarget db = PG.newDatabase("init_absent");

        assertThat(SchemaInit.createIfAbsent(db)).get().extracting(SchemaInit.Report::outcome)
                .isEqualTo(SchemaInit.Outcome.CREATED);
        execute(db, "DROP TABLE kb_embeddings");
        assertThat(SchemaInit.createIfAbsent(db)).isEmpty();
        assertThat(tables(db)).doesNotContain("kb_embeddings");
    }

    @Test
    void anExtensionInstalledSinceTheLastRunIsUsedAndTheRunSaysItChangedSomething() throws Exception {
        PostgresTarget db = PG.newDatabase("init_trgm");
        SchemaInit.run(db, false);
        execute(db, "CREATE EXTENSION pg_trgm");

        assertThat(SchemaInit.run(db, false).outcome()).isEqualTo(SchemaInit.Outcome.COMPLETED);
        assertThat(strings(db, "SELECT indexname FROM pg_indexes WHERE tablename = 'log_records'"))
                .contains("log_records_body_trgm");
    }

    @Test
    void aNewerSchemaVersionIsRefusedEvenWithMigrate() throws Exception {
        PostgresTarget db = stampedWith("init_newer", EvidenceSchema.CURRENT_VERSION + 1);
        String newer = db.display() + " holds incident schema version 2, newer than this version of Incident Workbench"
                + " writes (1). Upgrade Incident Workbench; it will not change a newer schema.";

        assertThatThrownBy(() -> SchemaInit.run(db, false)).isInstanceOf(SourceException.class).hasMessage(newer);
        assertThatThrownBy(() -> SchemaInit.run(db, true)).isInstanceOf(SourceException.class).hasMessage(newer);
        assertThatThrownBy(() -> SnapshotLoader.load(PG.snapshot(), db, true, LoadProgress.NONE, Cancellation.none()))
                .isInstanceOf(SourceException.class).hasMessage(newer);
        assertThat(tables(db)).containsExactly("schema_info");
    }

    @Test
    void anOlderSchemaVersionAsksForMigrateWhichHasNoMigrationYet() throws Exception {
        PostgresTarget db = stampedWith("init_older", EvidenceSchema.CURRENT_VERSION - 1);

        assertThatThrownBy(() -> SchemaInit.run(db, false)).isInstanceOf(SourceException.class)
                .hasMessage(db.display() + " holds incident schema version 0, older than this version of Incident"
                        + " Workbench writes (1). Run `workbench db init --migrate` to upgrade it.");
        assertThatThrownBy(() -> SchemaInit.run(db, true)).isInstanceOf(SourceException.class)
                .hasMessage(db.display() + " holds incident schema version 0, and this version of Incident Workbench"
                        + " has no migration from it (version 1 is the first).");
        assertThat(tables(db)).containsExactly("schema_info");
    }

    @Test
    void aForeignTableOfASchemaTableNameIsRefusedByNameAndNothingIsCreated() throws Exception {
        assertForeign("init_foreign", "CREATE TABLE services (id INTEGER PRIMARY KEY, name TEXT)",
                "services", "it has no column service_id");
        assertForeign("init_view", "CREATE VIEW incidents AS SELECT 1 AS incident_id",
                "incidents", "it is a view, not a table");
        assertForeign("init_type", "CREATE TABLE metric_descriptors (name TEXT, type TEXT, unit INTEGER, description TEXT)",
                "metric_descriptors", "its column unit is int4, not text");
        assertForeign("init_extra", "CREATE TABLE topology_edges (src TEXT, dst TEXT, relation TEXT, source TEXT, weight REAL)",
                "topology_edges", "it has a column weight the incident schema does not");
    }

    @Test
    void aRoleThatMayNotCreateTablesGetsAPlainMessage() throws Exception {
        PostgresTarget db = PG.newDatabase("init_denied");
        execute(db, "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        PostgresTarget reader = PostgresTarget.of("localhost", PG.port(), "init_denied", LiveScenario.READER,
                LiveScenario.PASSWORD);

        assertThatThrownBy(() -> SchemaInit.run(reader, false)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("User \"reader\" may not create the incident schema in " + db.display() + ": ")
                .hasMessageEndingWith(". Connect as the schema's owner; nothing was changed.");
        assertThat(tables(db)).isEmpty();
    }

    private static void assertForeign(String database, String ddl, String table, String why) throws SQLException {
        PostgresTarget db = PG.newDatabase(database);
        execute(db, ddl);

        assertThatThrownBy(() -> SchemaInit.run(db, false)).isInstanceOf(SourceException.class)
                .hasMessage(db.display() + " already has a table " + table + " that is not the incident schema's: " + why
                        + ". Use another database, or rename that table.");
        assertThat(tables(db)).containsExactly(table);
    }

    private static PostgresTarget stampedWith(String database, int version) throws SQLException {
        PostgresTarget db = PG.newDatabase(database);
        execute(db, "CREATE TABLE schema_info (schema_version INTEGER NOT NULL, writer TEXT NOT NULL,"
                + " created_at TIMESTAMPTZ NOT NULL DEFAULT now(), source TEXT NOT NULL)");
        execute(db, "INSERT INTO schema_info (schema_version, writer, source) VALUES (" + version + ", 'elsewhere', 'x')");
        return db;
    }

    private static List<String> tables(PostgresTarget db) throws SQLException {
        return strings(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
    }

    private static void execute(PostgresTarget db, String sql) throws SQLException {
        try (Connection c = db.openWriter(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> strings(PostgresTarget db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.openWriter(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
