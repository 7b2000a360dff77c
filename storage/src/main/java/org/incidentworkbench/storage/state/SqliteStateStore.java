package org.incidentworkbench.storage.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.SavedConnection;
import org.incidentworkbench.analysis.connections.TlsMode;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.analysis.state.AppStateStore;
import org.incidentworkbench.analysis.state.RecentSource;
import org.incidentworkbench.analysis.state.RecentWorkspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AppStateStore} on a SQLite file (WAL). A file that cannot be read as our state (damaged,
 * not SQLite, someone else's tables, a newer schema) is moved aside and a fresh one started; the
 * plain {@link #notice()} says so, for the app to tell the user once.
 */
public final class SqliteStateStore implements AppStateStore {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteStateStore.class);
    private static final DateTimeFormatter ASIDE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Connection connection;
    private final Statements statements;
    private final String notice;

    private SqliteStateStore(Path file, Connection connection, String notice) {
        this.file = file;
        this.connection = connection;
        this.statements = new Statements(connection, this::failure);
        this.notice = notice;
    }

    /** Opens (creating and migrating as needed) the state file. */
    public static SqliteStateStore open(Path file) {
        return open(file, StateMigrations.ALL, Clock.systemUTC());
    }

    static SqliteStateStore open(Path file, List<String> migrations, Clock clock) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new SourceException("Cannot create the folder for the app's state: " + file.getParent(), e);
        }
        try {
            return new SqliteStateStore(file, StateSchema.connect(file, migrations), null);
        } catch (SQLException | StateSchema.NotOurStateException e) {
            Path aside = moveAside(file, clock.instant());
            String notice = "The app's saved state (" + file + ") could not be used (" + reason(e)
                    + "). It was moved to " + aside.getFileName() + " and the app starts with an empty history.";
            LOG.warn(notice, e);
            try {
                return new SqliteStateStore(file, StateSchema.connect(file, migrations), notice);
            } catch (SQLException | StateSchema.NotOurStateException again) {
                throw new SourceException("Cannot create the app's state file " + file + ": " + reason(again), again);
            }
        }
    }

    private static String reason(Exception e) {
        return e instanceof SQLException ? "it is not a readable SQLite database" : e.getMessage();
    }

    private static Path moveAside(Path file, Instant now) {
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + ASIDE_STAMP.format(now));
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            // The journal files belong to the old file; a fresh database must not pick them up.
            for (String suffix : List.of("-wal", "-shm")) {
                Path sibling = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(sibling)) {
                    Files.move(sibling, aside.resolveSibling(aside.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new SourceException("The app's state file " + file + " is unreadable and cannot be moved aside: "
                    + e.getMessage(), e);
        }
        return aside;
    }

    /** What went wrong with the previous state file, if it had to be moved aside. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    @Override
    public synchronized List<RecentSource> recentSources() {
        return statements.query("SELECT kind, location, label, last_opened_ms FROM recent_sources ORDER BY last_opened_ms DESC",
                rs -> new RecentSource(rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))));
    }

    @Override
    public synchronized void rememberSource(RecentSource s) {
        statements.update("""
                INSERT INTO recent_sources (location, kind, label, last_opened_ms) VALUES (?, ?, ?, ?)
                ON CONFLICT (location) DO UPDATE SET kind = excluded.kind, label = excluded.label,
                    last_opened_ms = excluded.last_opened_ms""",
                s.location(), s.kind(), s.label(), s.lastOpened().toEpochMilli());
        statements.update("""
                DELETE FROM recent_sources WHERE location NOT IN
                    (SELECT location FROM recent_sources ORDER BY last_opened_ms DESC LIMIT ?)""", RECENT_LIMIT);
    }

    @Override
    public synchronized List<RecentWorkspace> recentWorkspaces() {
        return statements.query("""
                SELECT source_location, incident_id, title, last_opened_ms FROM recent_workspaces
                ORDER BY last_opened_ms DESC""",
                rs -> new RecentWorkspace(rs.getString(1), UUID.fromString(rs.getString(2)), rs.getString(3),
                        Instant.ofEpochMilli(rs.getLong(4))));
    }

    @Override
    public synchronized void rememberWorkspace(RecentWorkspace w) {
        statements.update("""
                INSERT INTO recent_workspaces (source_location, incident_id, title, last_opened_ms) VALUES (?, ?, ?, ?)
                ON CONFLICT (source_location, incident_id) DO UPDATE SET title = excluded.title,
                    last_opened_ms = excluded.last_opened_ms""",
                w.sourceLocation(), w.incidentId().toString(), w.title(), w.lastOpened().toEpochMilli());
        statements.update("""
                DELETE FROM recent_workspaces WHERE (source_location, incident_id) NOT IN
                    (SELECT source_location, incident_id FROM recent_workspaces ORDER BY last_opened_ms DESC LIMIT ?)""",
                RECENT_LIMIT);
    }

    @Override
    public synchronized List<SavedConnection> savedConnections() {
        return statements.query("""
                SELECT id, name, host, port, database_name, user_name, tls_mode, root_certificate, profile
                FROM saved_connections ORDER BY name COLLATE NOCASE""",
                rs -> new SavedConnection(UUID.fromString(rs.getString(1)), new ConnectionSettings(rs.getString(2),
                        rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6), TlsMode.ofKeyword(rs.getString(7)),
                        rs.getString(8) == null ? null : Path.of(rs.getString(8)), rs.getString(9))));
    }

    @Override
    public synchronized void saveConnection(SavedConnection c) {
        ConnectionSettings s = c.settings();
        boolean nameTaken = !statements.query("SELECT 1 FROM saved_connections WHERE name = ? AND id <> ?", rs -> 1,
                s.name(), c.id().toString()).isEmpty();
        if (nameTaken) {
            throw new IllegalArgumentException("A saved connection is already called \"" + s.name() + "\"; choose another name.");
        }
        statements.update("""
                INSERT INTO saved_connections (id, name, host, port, database_name, user_name, tls_mode, root_certificate,
                    profile) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, host = excluded.host, port = excluded.port,
                    database_name = excluded.database_name, user_name = excluded.user_name, tls_mode = excluded.tls_mode,
                    root_certificate = excluded.root_certificate, profile = excluded.profile""",
                c.id().toString(), s.name(), s.host(), s.port(), s.database(), s.user(), s.tlsMode().keyword(),
                s.rootCertificateFile().map(Path::toString).orElse(null), s.profile());
    }

    @Override
    public synchronized void deleteConnection(UUID id) {
        statements.update("DELETE FROM saved_connections WHERE id = ?", id.toString());
    }

    @Override
    public synchronized Optional<String> preference(String key) {
        return statements.query("SELECT value FROM preferences WHERE key = ?", rs -> rs.getString(1), key).stream().findFirst();
    }

    @Override
    public synchronized void setPreference(String key, String value) {
        statements.update("INSERT INTO preferences (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                key, value);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the state file {} failed", file, e);
        }
    }

    private SourceException failure(SQLException e) {
        return new SourceException("The app's state file " + file + " could not be read or written: " + e.getMessage(), e);
    }

}
