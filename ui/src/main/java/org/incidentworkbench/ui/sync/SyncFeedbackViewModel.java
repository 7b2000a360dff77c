package org.incidentworkbench.ui.sync;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.SavedConnection;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.ui.connect.Logins;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.TaskRunner;

/**
 * "Sync feedback" of one snapshot workspace: the saved connection to push to, the push running in
 * the background (a password asked for as connecting asks), and what came of it. A failure is
 * shown on the card (and in the banner, as every failure is); nothing recorded is lost by one, as
 * the outbox keeps every event. Used on the FX thread.
 */
public final class SyncFeedbackViewModel {

    private final Path snapshot;
    private final FeedbackSyncs syncs;
    private final Logins logins;
    private final ObservableList<SavedConnection> connections;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<SavedConnection> target = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<SyncReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSync = Bindings.createBooleanBinding(() -> !busy.get() && target.get() != null,
            busy, target);

    /** {@code connections}: the saved connections, one of which is the target. */
    public SyncFeedbackViewModel(Path snapshot, FeedbackSyncs syncs, Logins logins,
                                 ObservableList<SavedConnection> connections, TaskRunner tasks) {
        this.snapshot = snapshot;
        this.syncs = syncs;
        this.logins = logins;
        this.connections = connections;
        this.tasks = tasks;
    }

    /** Whether the card is shown. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ObservableList<SavedConnection> connections() {
        return connections;
    }

    /** The saved connection to push to. */
    public ObjectProperty<SavedConnection> targetProperty() {
        return target;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canSyncProperty() {
        return canSync;
    }

    /** What the last sync did; null before one finished. */
    public ReadOnlyObjectProperty<SyncReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Why the last sync failed, in plain words; empty when it did not. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Shows the card, the first saved connection chosen when none is yet. */
    public void open() {
        report.set(null);
        failure.set("");
        if (target.get() == null && !connections.isEmpty()) {
            target.set(connections.getFirst());
        }
        shown.set(true);
    }

    /** Pushes to the chosen connection; does nothing while a push runs or when none is chosen. */
    public void sync() {
        if (!canSync.get()) {
            return;
        }
        ConnectionSettings settings = target.get().settings();
        busy.set(true);
        report.set(null);
        failure.set("");
        String title = "Syncing feedback to " + settings.name();
        logins.run(title, settings, (password, cancel) -> syncs.sync(snapshot, settings, password), done -> {
            busy.set(false);
            report.set(done);
        }, cause -> {
            busy.set(false);
            if (!(cause instanceof ReadCancelledException)) {
                failure.set(Problems.plainMessage(cause));
                tasks.report(title, cause);
            }
        });
    }

    /** Back to the workspace; a push still running goes on in the status bar. */
    public void close() {
        shown.set(false);
    }
}
