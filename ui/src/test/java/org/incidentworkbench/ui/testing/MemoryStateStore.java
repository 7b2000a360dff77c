package org.incidentworkbench.ui.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incidentworkbench.analysis.state.AppStateStore;
import org.incidentworkbench.analysis.state.RecentSource;
import org.incidentworkbench.analysis.state.RecentWorkspace;

/** The app's state kept in memory, for views and view models (the SQLite store is tested in storage). */
public final class MemoryStateStore implements AppStateStore {

    private final List<RecentSource> sources = new ArrayList<>();
    private final List<RecentWorkspace> workspaces = new ArrayList<>();
    private final Map<String, String> preferences = new HashMap<>();

    @Override
    public synchronized List<RecentSource> recentSources() {
        return sources.stream().sorted(Comparator.comparing(RecentSource::lastOpened).reversed()).toList();
    }

    @Override
    public synchronized void rememberSource(RecentSource source) {
        sources.removeIf(s -> s.location().equals(source.location()));
        sources.add(source);
    }

    @Override
    public synchronized List<RecentWorkspace> recentWorkspaces() {
        return workspaces.stream().sorted(Comparator.comparing(RecentWorkspace::lastOpened).reversed()).toList();
    }

    @Override
    public synchronized void rememberWorkspace(RecentWorkspace workspace) {
        workspaces.removeIf(w -> w.sourceLocation().equals(workspace.sourceLocation())
                && w.incidentId().equals(workspace.incidentId()));
        workspaces.add(workspace);
    }

    @Override
    public synchronized Optional<String> preference(String key) {
        return Optional.ofNullable(preferences.get(key));
    }

    @Override
    public synchronized void setPreference(String key, String value) {
        preferences.put(key, value);
    }

    @Override
    public void close() {
    }
}
