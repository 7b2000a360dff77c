package org.incidentworkbench.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incidentworkbench.analysis.connections.ConnectionCheck;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.DatabaseConnector;
import org.incidentworkbench.analysis.connections.Extension;
import org.incidentworkbench.analysis.connections.LiveSource;
import org.incidentworkbench.analysis.connections.LoginRefusedException;
import org.incidentworkbench.analysis.connections.Password;
import org.incidentworkbench.analysis.connections.ProfileCheck;
import org.incidentworkbench.analysis.source.SourceException;

/**
 * A database server for view tests of connecting, which have no PostgreSQL: it answers as the
 * PostgreSQL connector does (the same kinds of failure, messages of the same shape) and serves the
 * sample snapshot. One host, one password; database {@value #BARE} holds no incident schema;
 * {@link #outage} makes the open sources' reads fail as a server gone away does.
 * The real connector is tested against a real server in {@code storage} and {@code app}.
 */
public final class FakeDatabase implements DatabaseConnector {

    public static final String HOST = "db.example.org";
    public static final String DATABASE = "incidents";
    public static final String BARE = "bare";
    public static final String PASSWORD = "s3cret";
    public static final String NO_SCHEMA = "this database has no incident schema: choose a source profile or run `workbench db init`";

    /** The passwords logins were tried with, in order ("none" when the app gave none). */
    public final List<String> attempts = new ArrayList<>();
    /** Takes the server away from the sources already open, and brings it back. */
    public final FailingReads outage = FailingReads.outage();

    @Override
    public List<String> profiles() {
        return List.of(ConnectionSettings.CANONICAL_PROFILE);
    }

    @Override
    public ConnectionCheck test(ConnectionSettings settings, Password password) {
        login(settings, password);
        List<String> problems = settings.database().equals(BARE) ? List.of(settings.address() + ": " + NO_SCHEMA + ".") : List.of();
        return check(settings, problems);
    }

    @Override
    public LiveSource open(ConnectionSettings settings, Password password) {
        login(settings, password);
        if (settings.database().equals(BARE)) {
            throw new SourceException(settings.address() + ": " + NO_SCHEMA + ".");
        }
        return new LiveSource(outage.wrap(UiSample.open()), check(settings, List.of()));
    }

    private void login(ConnectionSettings s, Password password) {
        attempts.add(password == null ? "none" : password.value());
        if (!s.host().equals(HOST)) {
            throw new SourceException("Cannot reach PostgreSQL at " + s.host() + ":" + s.port()
                    + ": the host is unreachable or nothing answers on that port. Check the host, the port and the network.");
        }
        if (password == null) {
            throw new LoginRefusedException("PostgreSQL at " + s.address() + " asks for the password of user \"" + s.user()
                    + "\" and none was given (none in .pgpass either).", null);
        }
        if (!password.value().equals(PASSWORD)) {
            throw new LoginRefusedException("PostgreSQL at " + s.address() + " refused the login of user \"" + s.user()
                    + "\": wrong user or password. Check the password (or .pgpass) and try again.", null);
        }
        if (!s.database().equals(DATABASE) && !s.database().equals(BARE)) {
            throw new SourceException("PostgreSQL at " + s.host() + ":" + s.port() + " has no database \"" + s.database()
                    + "\". Check the database name.");
        }
    }

    private static ConnectionCheck check(ConnectionSettings s, List<String> problems) {
        return new ConnectionCheck("PostgreSQL 16.4", Set.of(Extension.TIMESCALEDB), new ProfileCheck(s.profile(), problems),
                false);
    }
}
