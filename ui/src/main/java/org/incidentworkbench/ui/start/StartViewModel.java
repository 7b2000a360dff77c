package org.incidentworkbench.ui.start;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentworkbench.analysis.state.AppStateStore;
import org.incidentworkbench.analysis.state.RecentSource;
import org.incidentworkbench.analysis.state.RecentWorkspace;
import org.incidentworkbench.ui.tasks.TaskRunner;

/** The recent sources and workspaces the start page lists, read from the app's state store. */
public final class StartViewModel {

    private final AppStateStore state;
    private final TaskRunner tasks;
    private final ObservableList<RecentSource> recentSources = FXCollections.observableArrayList();
    private final ObservableList<RecentWorkspace> recentWorkspaces = FXCollections.observableArrayList();

    public StartViewModel(AppStateStore state, TaskRunner tasks) {
        this.state = state;
        this.tasks = tasks;
    }

    public ObservableList<RecentSource> recentSources() {
        return recentSources;
    }

    public ObservableList<RecentWorkspace> recentWorkspaces() {
        return recentWorkspaces;
    }

    /** Reads both lists again (after something was opened). */
    public void refresh() {
        tasks.submit("Reading recent files", (cancel, progress) -> new Recent(state.recentSources(), state.recentWorkspaces()),
                recent -> {
                    recentSources.setAll(recent.sources());
                    recentWorkspaces.setAll(recent.workspaces());
                });
    }

    private record Recent(List<RecentSource> sources, List<RecentWorkspace> workspaces) {
    }
}
