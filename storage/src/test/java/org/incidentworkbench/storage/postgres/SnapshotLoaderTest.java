package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.duckdb.SnapshotFormatException;
import org.incidentworkbench.storage.duckdb.SnapshotTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Loading the scenario's snapshot into new databases of the run's server (the parity tests read what it loads). */
class SnapshotLoaderTest {

    @RegisterExtension
    static final LiveScenario PG = new LiveScenario();
    static final Cancellation NONE = Cancellation.none();

    @TempDir
    Path dir;

    @Test
    void copiesEveryRowOfEveryTableAndReportsEachTableOnceDone() throws Exception {
        PostgresTarget db = initialised("load_all");
        Map<String, Long> reported = new LinkedHashMap<>();

        LoadResult result = SnapshotLoader.load(PG.snapshot(), db, false,
                (table, rows, done) -> reported.put(table + (done ? "" : " so far"), rows), NONE);

        Map<String, Long> expected = duckCounts();
        assertThat(result.rows()).containsExactlyEntriesOf(expected);
        assertThat(reported).containsExactlyEntriesOf(expected);
        assertThat(counts(db)).containsExactlyEntriesOf(expected);
        assertThat(result.totalRows()).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
        assertThat(result.rowsPerSecond()).isPositive();
    }

    @Test
    void aLoadLeavesThePlannerStatisticsOfTheTablesItFilled() throws Exception {
        PostgresTarget db = loaded("load_analyzed");

        try (Connection c = db.openWriter(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT relname, reltuples FROM pg_class WHERE relname IN"
                     + " ('metric_points', 'log_records', 'spans') ORDER BY relname")) {
            Map<String, Long> estimated = new LinkedHashMap<>();
            while (rs.next()) {
                estimated.put(rs.getString(1), rs.getLong(2));
            }
            Map<String, Long> loaded = duckCounts();
            // Before an ANALYZE (or autovacuum) the planner knows no row count: reltuples is -1. A
            // large table's count is estimated from a sample.
            assertThat(estimated).containsOnlyKeys("log_records", "metric_points", "spans");
            estimated.forEach((table, rows) -> assertThat(rows).as(table).isCloseTo(loaded.get(table), withinPercentage(5)));
        }
    }

    @Test
    void logIdsAddedAfterALoadFollowTheLoadedOnes() throws Exception {
        PostgresTarget db = loaded("load_identity");

        try (Connection c = db.openWriter(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO log_records (ts, service, severity, body) VALUES (now(), 'cart', 'INFO', 'after the load')");
            try (ResultSet rs = s.executeQuery("SELECT (SELECT log_id FROM log_records WHERE body = 'after the load')"
                    + " - (SELECT max(log_id) FROM log_records WHERE body <> 'after the load')")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void aDatabaseHoldingIncidentDataIsRefusedUnlessReplaced() throws Exception {
        PostgresTarget db = loaded("load_twice");

        assertThatThrownBy(() -> SnapshotLoader.load(PG.snapshot(), db, false, LoadProgress.NONE, NONE))
                .isInstanceOf(SourceException.class)
                .hasMessage(db.display() + " already holds incident data (table services has rows). Replace it"
                        + " explicitly (workbench sample --replace) or load into an empty database.");

        SnapshotLoader.load(PG.snapshot(), db, true, LoadProgress.NONE, NONE);
        assertThat(counts(db)).containsExactlyEntriesOf(duckCounts());
    }

    @Test
    void aLoadCancelledAfterSomeTablesLeavesTheDatabaseEmpty() throws Exception {
        PostgresTarget db = initialised("load_cancel");
        Cancellation cancel = Cancellation.create();
        List<String> done = new ArrayList<>();

        assertThatThrownBy(() -> SnapshotLoader.load(PG.snapshot(), db, false, (table, rows, finished) -> {
            if (finished) {
                done.add(table);
            }
            if (table.equals("metric_points") && finished) {
                cancel.cancel();
            }
        }, cancel)).isInstanceOf(ReadCancelledException.class);

        assertThat(done).contains("services", "metric_points").doesNotContain("log_records");
        assertThat(counts(db).values()).containsOnly(0L);
    }

    @Test
    void aReplacingLoadThatFailsKeepsTheOldData() throws Exception {
        PostgresTarget db = loaded("load_keep");
        try (Connection c = db.openWriter(); Statement s = c.createStatement()) {
            // A check only the loaded spans break, so the load fails after emptying and refilling earlier tables.
            s.execute("ALTER TABLE spans ADD CONSTRAINT no_spans CHECK (false) NOT VALID");
        }

        assertThatThrownBy(() -> SnapshotLoader.load(PG.snapshot(), db, true, LoadProgress.NONE, NONE))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("Cannot load table spans in " + db.display() + ": ")
                .hasMessageContaining("no_spans")
                .hasMessageEndingWith("; nothing was changed.");
        assertThat(counts(db)).containsExactlyEntriesOf(duckCounts());
    }

    @Test
    void aDatabaseWithoutTheSchemaSaysHowToGetOne() throws Exception {
        PostgresTarget db = PG.newDatabase("load_bare");

        assertThatThrownBy(() -> SnapshotLoader.load(PG.snapshot(), db, false, LoadProgress.NONE, NONE))
                .isInstanceOf(SourceException.class)
                .hasMessage(db.display() + ": " + PostgresErrors.NO_SCHEMA + ".");
    }

    @Test
    void aFileThatIsNotASnapshotIsRefusedBeforeTheDatabaseIsTouched() throws Exception {
        Path notASnapshot = Files.writeString(dir.resolve("notes.duckdb"), "hello");
        PostgresTarget nowhere = PostgresTarget.of("localhost", 1, "nothing", "nobody", null);

        assertThatThrownBy(() -> SnapshotLoader.load(notASnapshot, nowhere, false, LoadProgress.NONE, NONE))
                .isInstanceOf(SnapshotFormatException.class);
    }

    private static PostgresTarget initialised(String name) throws SQLException {
        PostgresTarget db = PG.newDatabase(name);
        SchemaInit.run(db, false);
        return db;
    }

    private static PostgresTarget loaded(String name) throws SQLException {
        PostgresTarget db = initialised(name);
        SnapshotLoader.load(PG.snapshot(), db, false, LoadProgress.NONE, NONE);
        return db;
    }

    /** Rows per loaded table in the scenario's snapshot. */
    private static Map<String, Long> duckCounts() {
        Map<String, Long> out = new LinkedHashMap<>();
        try (SnapshotTables tables = DuckDbSnapshots.openTables(PG.snapshot())) {
            for (String table : SnapshotLoader.DATA_TABLES) {
                long[] rows = {0};
                tables.scan(table, rs -> rows[0]++, NONE);
                out.put(table, rows[0]);
            }
        }
        return out;
    }

    private static Map<String, Long> counts(PostgresTarget db) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = db.openWriter(); Statement s = c.createStatement()) {
            for (String table : SnapshotLoader.DATA_TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    out.put(table, rs.getLong(1));
                }
            }
        }
        return out;
    }
}
