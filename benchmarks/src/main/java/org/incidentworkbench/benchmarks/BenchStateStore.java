package org.incidentworkbench.benchmarks;

import java.util.List;
import java.util.Optional;
import org.incidentworkbench.analysis.state.AppStateStore;
import org.incidentworkbench.analysis.state.RecentSource;
import org.incidentworkbench.analysis.state.RecentWorkspace;

/** A state store that remembers nothing: the benchmark measures opening, not the user's history. */
final class BenchStateStore implements AppStateStore {

    @Override
    public List<RecentSource> recentSources() {
        return List.of();
    }

    @Override
    public void rememberSource(RecentSource source) {
    }

    @Override
    public List<RecentWorkspace> recentWorkspaces() {
        return List.of();
    }

    @Override
    public void rememberWorkspace(RecentWorkspace workspace) {
    }

    @Override
    public Optional<String> preference(String key) {
        return Optional.empty();
    }

    @Override
    public void setPreference(String key, String value) {
    }

    @Override
    public void close() {
    }
}
