package org.incidentworkbench.storage.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.SavedConnection;
import org.incidentworkbench.analysis.connections.TlsMode;
import org.incidentworkbench.analysis.state.AppStateStore;
import org.incidentworkbench.analysis.state.RecentSource;
import org.incidentworkbench.analysis.state.RecentWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStateStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aNewFileIsCreatedAtTheLatestVersionInWalMode() throws Exception {
        Path file = dir.resolve("config/incident-workbench/state.db");
        try (SqliteStateStore store = SqliteStateStore.open(file)) {
            assertThat(store.notice()).isEmpty();
            assertThat(store.recentSources()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(StateSchema.version(c)).isEqualTo(StateMigrations.ALL.size());
            assertThat(s.executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void aFileAtAnOlderVersionRunsOnlyTheMissingScriptsAndKeepsItsRows() throws Exception {
        Path file = dir.resolve("state.db");
        List<String> v1 = List.of("CREATE TABLE notes (text TEXT)");
        List<String> v2 = List.of(v1.get(0), "ALTER TABLE notes ADD COLUMN author TEXT; CREATE TABLE tags (name TEXT)");
        try (SqliteStateStore ignored = SqliteStateStore.open(file, v1, CLOCK)) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                s.execute("INSERT INTO notes VALUES ('kept')");
            }
        }
        try (SqliteStateStore store = SqliteStateStore.open(file, v2, CLOCK)) {
            assertThat(store.notice()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(StateSchema.version(c)).isEqualTo(2);
            assertThat(s.executeQuery("SELECT text, author FROM notes").getString(1)).isEqualTo("kept");
            assertThat(s.executeQuery("SELECT count(*) FROM tags").getInt(1)).isZero();
        }
    }

    @Test
    void aDamagedFileIsMovedAsideWithAPlainNoticeAndTheAppStartsFresh() throws Exception {
        Path file = dir.resolve("state.db");
        byte[] noise = new byte[8192];
        new Random(7).nextBytes(noise);
        Files.write(file, noise);

        try (SqliteStateStore store = SqliteStateStore.open(file, StateMigrations.ALL, CLOCK)) {
            assertThat(store.notice()).hasValueSatisfying(n -> assertThat(n)
                    .contains("could not be used", "not a readable SQLite database", "state.db.unreadable-20261121-100000"));
            store.setPreference("theme", "dark");
            assertThat(store.preference("theme")).hasValue("dark");
        }
        assertThat(dir.resolve("state.db.unreadable-20261121-100000")).hasBinaryContent(noise);
    }

    @Test
    void anotherProgramsSqliteFileAndANewerSchemaAreMovedAsideToo() throws Exception {
        Path foreign = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER)");
        }
        Path newer = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        try (SqliteStateStore a = SqliteStateStore.open(foreign, StateMigrations.ALL, CLOCK);
             SqliteStateStore b = SqliteStateStore.open(newer, StateMigrations.ALL, CLOCK)) {
            assertThat(a.notice()).hasValueSatisfying(n -> assertThat(n).contains("tables this app did not create"));
            assertThat(b.notice()).hasValueSatisfying(n -> assertThat(n).contains("newer version of the app"));
            assertThat(a.recentSources()).isEmpty();
        }
    }

    @Test
    void recentSourcesAreMostRecentFirstOnceEachAndBounded() {
        try (SqliteStateStore store = SqliteStateStore.open(dir.resolve("state.db"))) {
            IntStream.range(0, 12).forEach(i -> store.rememberSource(source("/data/" + i + ".duckdb", i)));
            store.rememberSource(source("/data/5.duckdb", 20));

            List<RecentSource> recent = store.recentSources();
            assertThat(recent).hasSize(AppStateStore.RECENT_LIMIT);
            assertThat(recent).extracting(RecentSource::location)
                    .startsWith("/data/5.duckdb", "/data/11.duckdb", "/data/10.duckdb")
                    .doesNotHaveDuplicates()
                    .doesNotContain("/data/0.duckdb", "/data/1.duckdb");
            assertThat(recent.get(0).lastOpened()).isEqualTo(T0.plusSeconds(20));
        }
    }

    @Test
    void recentWorkspacesAreKeyedBySourceAndIncident() {
        UUID incident = UUID.randomUUID();
        try (SqliteStateStore store = SqliteStateStore.open(dir.resolve("state.db"))) {
            store.rememberWorkspace(new RecentWorkspace("/a.duckdb", incident, "Checkout errors", T0));
            store.rememberWorkspace(new RecentWorkspace("/b.duckdb", incident, "Checkout errors", T0.plusSeconds(1)));
            store.rememberWorkspace(new RecentWorkspace("/a.duckdb", incident, "Checkout errors (renamed)", T0.plusSeconds(2)));

            assertThat(store.recentWorkspaces()).containsExactly(
                    new RecentWorkspace("/a.duckdb", incident, "Checkout errors (renamed)", T0.plusSeconds(2)),
                    new RecentWorkspace("/b.duckdb", incident, "Checkout errors", T0.plusSeconds(1)));
        }
    }

    @Test
    void preferencesSurviveReopening() {
        Path file = dir.resolve("state.db");
        try (SqliteStateStore store = SqliteStateStore.open(file)) {
            store.setPreference("time-zone", "local");
            store.setPreference("time-zone", "utc");
        }
        try (SqliteStateStore store = SqliteStateStore.open(file)) {
            assertThat(store.preference("time-zone")).hasValue("utc");
            assertThat(store.preference("theme")).isEmpty();
        }
    }

    @Test
    void savedConnectionsAreListedByNameEditedInPlaceAndDeleted() {
        Path file = dir.resolve("state.db");
        SavedConnection prod = new SavedConnection(UUID.randomUUID(), settings("prod", TlsMode.VERIFY_FULL, "/etc/ca.crt"));
        SavedConnection lab = new SavedConnection(UUID.randomUUID(), settings("lab", TlsMode.PREFER, null));
        try (SqliteStateStore store = SqliteStateStore.open(file)) {
            store.saveConnection(prod);
            store.saveConnection(lab);
            assertThat(store.savedConnections()).containsExactly(lab, prod);

            SavedConnection renamed = new SavedConnection(prod.id(), settings("Production", TlsMode.REQUIRE, null));
            store.saveConnection(renamed);
            store.deleteConnection(lab.id());
        }
        try (SqliteStateStore store = SqliteStateStore.open(file)) {
            assertThat(store.savedConnections()).singleElement().satisfies(c -> {
                assertThat(c.id()).isEqualTo(prod.id());
                assertThat(c.settings()).isEqualTo(settings("Production", TlsMode.REQUIRE, null));
            });
        }
    }

    @Test
    void aNameAnotherSavedConnectionHasIsRefusedInPlainWords() {
        try (SqliteStateStore store = SqliteStateStore.open(dir.resolve("state.db"))) {
            store.saveConnection(new SavedConnection(UUID.randomUUID(), settings("prod", TlsMode.PREFER, null)));

            assertThatThrownBy(() -> store.saveConnection(
                    new SavedConnection(UUID.randomUUID(), settings("PROD", TlsMode.PREFER, null))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A saved connection is already called \"PROD\"; choose another name.");
            assertThat(store.savedConnections()).extracting(SavedConnection::name).containsExactly("prod");
        }
    }

    @Test
    void aFileFromBeforeSavedConnectionsGainsThemAndKeepsItsHistory() {
        Path file = dir.resolve("state.db");
        try (SqliteStateStore store = SqliteStateStore.open(file, StateMigrations.ALL.subList(0, 1), CLOCK)) {
            store.rememberSource(source("/data/a.duckdb", 1));
        }
        try (SqliteStateStore store = SqliteStateStore.open(file)) {
            assertThat(store.notice()).isEmpty();
            assertThat(store.recentSources()).extracting(RecentSource::location).containsExactly("/data/a.duckdb");
            store.saveConnection(new SavedConnection(UUID.randomUUID(), settings("prod", TlsMode.PREFER, null)));
            assertThat(store.savedConnections()).hasSize(1);
        }
    }

    @Test
    void theFileLivesInThePlatformsConfigFolder() {
        Path home = Path.of("/home/ana");
        assertThat(StateFileLocation.resolve(Map.of(), home, "Linux"))
                .isEqualTo(Path.of("/home/ana/.config/incident-workbench/state.db"));
        assertThat(StateFileLocation.resolve(Map.of("XDG_CONFIG_HOME", "/cfg"), home, "Linux"))
                .isEqualTo(Path.of("/cfg/incident-workbench/state.db"));
        assertThat(StateFileLocation.resolve(Map.of(), home, "Mac OS X"))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/incident-workbench/state.db"));
        assertThat(StateFileLocation.resolve(Map.of("APPDATA", "/appdata"), home, "Windows 11"))
                .isEqualTo(Path.of("/appdata/incident-workbench/state.db"));
    }

    private static ConnectionSettings settings(String name, TlsMode tls, String rootCertificate) {
        return new ConnectionSettings(name, "db.example.org", 5433, "incidents", "reader", tls,
                rootCertificate == null ? null : Path.of(rootCertificate), "canonical");
    }

    private static RecentSource source(String location, int second) {
        return new RecentSource("duckdb", location, Path.of(location).getFileName().toString(), T0.plusSeconds(second));
    }
}
