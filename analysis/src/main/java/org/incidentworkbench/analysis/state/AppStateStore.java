package org.incidentworkbench.analysis.state;

import java.util.List;
import java.util.Optional;

/**
 * What the app remembers between runs. Recent lists are most recent first, hold each source or
 * workspace once (opening it again moves it to the top) and keep the {@link #RECENT_LIMIT} latest.
 * Implementations are thread-safe; calls are quick local writes but still belong off the FX thread.
 */
public interface AppStateStore extends AutoCloseable {

    int RECENT_LIMIT = 10;

    List<RecentSource> recentSources();

    void rememberSource(RecentSource source);

    List<RecentWorkspace> recentWorkspaces();

    void rememberWorkspace(RecentWorkspace workspace);

    Optional<String> preference(String key);

    void setPreference(String key, String value);

    @Override
    void close();
}
