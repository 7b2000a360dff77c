package org.incidentworkbench.ui.connect;

import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentworkbench.analysis.connections.SavedConnection;
import org.incidentworkbench.analysis.state.AppStateStore;
import org.incidentworkbench.ui.tasks.TaskRunner;

/** The connections the user saved, as the start page lists them; every change is written to the state store. */
public final class SavedConnections {

    private final AppStateStore state;
    private final TaskRunner tasks;
    private final ObservableList<SavedConnection> list = FXCollections.observableArrayList();
    private final ObservableList<SavedConnection> readOnly = FXCollections.unmodifiableObservableList(list);

    public SavedConnections(AppStateStore state, TaskRunner tasks) {
        this.state = state;
        this.tasks = tasks;
    }

    /** By name; follows every save and delete. */
    public ObservableList<SavedConnection> list() {
        return readOnly;
    }

    public void refresh() {
        tasks.submit("Reading saved connections", (cancel, progress) -> state.savedConnections(), list::setAll);
    }

    /** Saves (or, with an id already saved, replaces) {@code connection}; a taken name reaches {@code onFailure}. */
    public void save(SavedConnection connection, Runnable onSaved, Consumer<? super Throwable> onFailure) {
        tasks.submit("Saving the connection", (cancel, progress) -> {
            state.saveConnection(connection);
            return state.savedConnections();
        }, saved -> {
            list.setAll(saved);
            onSaved.run();
        }, onFailure);
    }

    public void delete(SavedConnection connection) {
        tasks.submit("Deleting the connection", (cancel, progress) -> {
            state.deleteConnection(connection.id());
            return state.savedConnections();
        }, list::setAll);
    }
}
