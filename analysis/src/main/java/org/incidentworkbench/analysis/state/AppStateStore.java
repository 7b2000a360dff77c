package org.incidentworkbench.analysis.state;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.incidentworkbench.analysis.connections.SavedConnection;

/**
 * What the app remembers between runs. Recent lists are most recent first, hold each source or
 * workspace once (opening it again moves it to the top) and keep the {@link #RECENT_LIMIT} latest.
 * Saved database connections are kept until deleted, without passwords.
 * Implementations are thread-safe; calls are quick local writes but still belong off the FX thread.
 */
public interface AppStateStore extends AutoCloseable {

    int RECENT_LIMIT = 10;

    List<RecentSource> recentSources();

    void rememberSource(RecentSource source);

    List<RecentWorkspace> recentWorkspaces();

    void rememberWorkspace(RecentWorkspace workspace);

    /** The saved database connections, by name (ignoring case). */
    List<SavedConnection> savedConnections();

    /**
     * Saves a new connection, or replaces the one with the same id (an edit or a rename).
     *
     * @throws IllegalArgumentException when another saved connection already has its name
     */
    void saveConnection(SavedConnection connection);

    /** Forgets a saved connection; nothing happens when there is none with this id. */
    void deleteConnection(UUID id);

    Optional<String> preference(String key);

    void setPreference(String key, String value);

    @Override
    void close();
}
