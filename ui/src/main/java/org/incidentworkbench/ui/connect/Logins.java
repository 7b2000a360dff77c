package org.incidentworkbench.ui.connect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.LoginRefusedException;
import org.incidentworkbench.analysis.connections.Password;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.ui.tasks.RunningTask;
import org.incidentworkbench.ui.tasks.TaskRunner;

/**
 * Runs work that logs into a database, through the task runner. The first try goes without a
 * password of the user's (the environment or {@code .pgpass} may supply one) unless one was given
 * earlier this session; when the server refuses the login, {@link #passwordRequestProperty} asks
 * the user, and the work runs again with the answer. A password that worked is kept in memory for
 * the rest of the session, per login, so reconnecting does not ask again; it is never written.
 */
public final class Logins {

    private final TaskRunner tasks;
    private final Map<String, Password> passwords = new ConcurrentHashMap<>();
    private final ReadOnlyObjectWrapper<PasswordRequest> request = new ReadOnlyObjectWrapper<>();

    public Logins(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** The password the app is waiting for, or null. */
    public ReadOnlyObjectProperty<PasswordRequest> passwordRequestProperty() {
        return request.getReadOnlyProperty();
    }

    /**
     * Runs {@code work} for {@code settings}' login. {@code onFailure} hears every failure but a
     * refused login the user answers with a password; a cancelled prompt or task ends the attempt
     * with the refusal or a {@link ReadCancelledException}.
     */
    public <T> void run(String title, ConnectionSettings settings, LoginWork<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        attempt(title, settings, passwords.get(settings.login()), work, onSuccess, onFailure);
    }

    private <T> void attempt(String title, ConnectionSettings settings, Password password, LoginWork<T> work,
                             Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        RunningTask task = tasks.submit(title, (cancel, progress) -> work.run(password, cancel), result -> {
            if (password != null) {
                passwords.put(settings.login(), password);
            }
            onSuccess.accept(result);
        }, failure -> {
            if (!(failure instanceof LoginRefusedException refused)) {
                onFailure.accept(failure);
                return;
            }
            passwords.remove(settings.login());
            request.set(new PasswordRequest(settings, password == null ? "" : refused.getMessage(), answer -> {
                request.set(null);
                attempt(title, settings, answer, work, onSuccess, onFailure);
            }, () -> {
                request.set(null);
                onFailure.accept(refused);
            }));
        });
        // A cancelled task delivers neither result nor failure; the caller still needs to hear that it ended.
        task.whenEnded(() -> {
            if (task.isCancelled()) {
                onFailure.accept(new ReadCancelledException());
            }
        });
    }
}
