package org.incidentworkbench.ui.connect;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.incidentworkbench.analysis.connections.ConnectionCheck;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.DatabaseConnector;
import org.incidentworkbench.analysis.connections.SavedConnection;
import org.incidentworkbench.analysis.connections.TlsMode;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.TaskRunner;

/**
 * The connection form: its fields as typed, and Test connection, Save, Connect and Delete. A
 * failure is shown in the form (and in the banner, as every failure is) and leaves the fields as
 * they were, so the user corrects one and tries again.
 */
public final class ConnectionFormViewModel {

    private final DatabaseConnector connector;
    private final Logins logins;
    private final SavedConnections saved;
    private final TaskRunner tasks;
    private final DatabaseOpener opener;
    private final Runnable close;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(Integer.toString(ConnectionSettings.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final ObjectProperty<TlsMode> tlsMode = new SimpleObjectProperty<>(TlsMode.PREFER);
    private final StringProperty rootCertificate = new SimpleStringProperty("");
    private final StringProperty profile = new SimpleStringProperty(ConnectionSettings.CANONICAL_PROFILE);
    private final BooleanBinding certificateUsed = Bindings.createBooleanBinding(
            () -> tlsMode.get() != null && tlsMode.get().checksCertificate(), tlsMode);
    private final ReadOnlyObjectWrapper<SavedConnection> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ConnectionCheck> check = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    /**
     * @param editing the saved connection the form edits, or null for a new one
     * @param close takes the user back from the form
     */
    public ConnectionFormViewModel(DatabaseConnector connector, Logins logins, SavedConnections saved, TaskRunner tasks,
                                   DatabaseOpener opener, SavedConnection editing, Runnable close) {
        this.connector = connector;
        this.logins = logins;
        this.saved = saved;
        this.tasks = tasks;
        this.opener = opener;
        this.close = close;
        if (editing != null) {
            fill(editing.settings());
            this.editing.set(editing);
        }
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty hostProperty() {
        return host;
    }

    /** As typed; checked when the settings are used. */
    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public ObjectProperty<TlsMode> tlsModeProperty() {
        return tlsMode;
    }

    /** A file path; empty for the driver's default. Used only when {@link #certificateUsedProperty} holds. */
    public StringProperty rootCertificateProperty() {
        return rootCertificate;
    }

    public BooleanBinding certificateUsedProperty() {
        return certificateUsed;
    }

    public StringProperty profileProperty() {
        return profile;
    }

    public List<String> profiles() {
        return connector.profiles();
    }

    /** The saved connection being edited, or null while the form holds a new one. */
    public ReadOnlyObjectProperty<SavedConnection> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** A test or a connect is running (or waiting for a password). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last test found; null before a test and after a failure. */
    public ReadOnlyObjectProperty<ConnectionCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** Why the last command failed, in plain words; empty when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last command did when there is nothing else to show ("Saved as …"). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void test() {
        ConnectionSettings s = begin();
        if (s == null) {
            return;
        }
        String title = "Testing the connection to " + s.address();
        logins.run(title, s, (password, cancel) -> connector.test(s, password), found -> {
            busy.set(false);
            check.set(found);
        }, failure -> failed(title, failure));
    }

    public void connect() {
        ConnectionSettings s = begin();
        if (s != null) {
            opener.open(s, failure -> failed("Connecting to " + s.address(), failure));
        }
    }

    public void save() {
        ConnectionSettings s = begin();
        if (s == null) {
            return;
        }
        SavedConnection connection = new SavedConnection(editing.get() == null ? UUID.randomUUID() : editing.get().id(), s);
        saved.save(connection, () -> {
            busy.set(false);
            editing.set(connection);
            notice.set("Saved as \"" + s.name() + "\".");
        }, failure -> failed("Saving the connection", failure));
    }

    /** Deletes the connection being edited and leaves the form. */
    public void delete() {
        if (editing.get() != null) {
            saved.delete(editing.get());
            close.run();
        }
    }

    public void close() {
        close.run();
    }

    /** The settings as typed, with the messages cleared and the form busy; null (and the error shown) when they are not valid. */
    private ConnectionSettings begin() {
        error.set("");
        notice.set("");
        check.set(null);
        try {
            ConnectionSettings s = settings();
            busy.set(true);
            return s;
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return null;
        }
    }

    /** Without a name the connection is called after its database and host, so it can be tried before it is named. */
    ConnectionSettings settings() {
        String certificate = rootCertificate.get() == null ? "" : rootCertificate.get().strip();
        Path root = certificateUsed.get() && !certificate.isEmpty() ? Path.of(certificate) : null;
        String label = name.get().isBlank() ? database.get().strip() + " on " + host.get().strip() : name.get();
        return new ConnectionSettings(label, host.get(), port(), database.get(), user.get(), tlsMode.get(), root,
                profile.get());
    }

    /** The typed port, or 0 (which the settings refuse with a plain message) when it is not a number. */
    private int port() {
        try {
            return Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void fill(ConnectionSettings s) {
        name.set(s.name());
        host.set(s.host());
        port.set(Integer.toString(s.port()));
        database.set(s.database());
        user.set(s.user());
        tlsMode.set(s.tlsMode());
        rootCertificate.set(s.rootCertificateFile().map(Path::toString).orElse(""));
        profile.set(s.profile());
    }

    private void failed(String title, Throwable failure) {
        busy.set(false);
        if (failure instanceof ReadCancelledException) {
            return;
        }
        error.set(Problems.plainMessage(failure));
        tasks.report(title, failure);
    }
}
