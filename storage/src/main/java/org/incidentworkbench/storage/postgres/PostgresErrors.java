package org.incidentworkbench.storage.postgres;

import java.sql.SQLException;
import java.util.Optional;
import org.incidentworkbench.analysis.connections.LoginRefusedException;
import org.incidentworkbench.analysis.source.SourceException;

/**
 * Turns PostgreSQL's errors into plain messages naming the source; the SQL exception stays the
 * cause, for the log. Decided by SQLSTATE, which does not depend on the server's language.
 */
final class PostgresErrors {

    static final String NO_SCHEMA = "this database has no incident schema: choose a source profile or run `workbench db init`";

    private PostgresErrors() {
    }

    /** An error while opening a session on {@code target}. */
    static SourceException onConnect(PostgresTarget target, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        String where = target.display();
        if (state.equals("28P01")) {
            return new LoginRefusedException("PostgreSQL at " + where + " refused the login of user \"" + target.user()
                    + "\": wrong user or password. Check the password (or .pgpass) and try again.", e);
        }
        if (state.equals("28000")) {
            return new SourceException("PostgreSQL at " + where + " refused the login of user \"" + target.user()
                    + "\": " + firstLine(e) + ".", e);
        }
        if (state.equals("3D000")) {
            return new SourceException("PostgreSQL at " + target.host() + ":" + target.port() + " has no database \""
                    + target.database() + "\". Check the database name.", e);
        }
        Optional<SourceException> tls = TlsErrors.onConnect(target, e);
        if (tls.isPresent()) {
            return tls.get();
        }
        // PgJDBC rejects the connection itself when the server asks for a password and none was given.
        if (state.equals("08004") && target.password() == null) {
            return new LoginRefusedException("PostgreSQL at " + where + " asks for the password of user \""
                    + target.user() + "\" and none was given (none in .pgpass either).", e);
        }
        if (state.startsWith("08")) {
            return new SourceException("Cannot reach PostgreSQL at " + target.host() + ":" + target.port()
                    + ": the host is unreachable or nothing answers on that port. Check the host, the port and the network.", e);
        }
        return new SourceException("Cannot connect to PostgreSQL at " + where + ": " + firstLine(e) + ".", e);
    }

    /** An error while reading {@code what} (e.g. "the series cart/cpu_usage") from {@code target}. */
    static SourceException onRead(PostgresTarget target, String what, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (state.equals("42P01")) {
            return new SourceException(target.display() + ": " + NO_SCHEMA + ".", e);
        }
        if (state.equals("57014")) {
            return new SourceException("Reading " + what + " from " + target.display() + " took longer than the "
                    + target.statementTimeout().toSeconds() + " s statement timeout; narrow the time range or filters.", e);
        }
        // 57P01/57P02: the server ends the session as it shuts down or restarts after a crash.
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")) {
            return new SourceException("Lost the connection to PostgreSQL at " + target.display() + " while reading "
                    + what + ": the server stopped or the network dropped. Retry once it is back.", e);
        }
        return new SourceException("Cannot read " + what + " from " + target.display() + ": " + firstLine(e) + ".", e);
    }

    /**
     * An error while writing to {@code target} ({@code db init}, a load); {@code doing} says what, e.g.
     * "load table spans". The write runs in one transaction, so nothing of it is committed.
     */
    static SourceException onWrite(PostgresTarget target, String doing, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (state.equals("42501")) {
            return new SourceException("User \"" + target.user() + "\" may not " + doing + " in " + target.display()
                    + ": " + firstLine(e) + ". Connect as the schema's owner; nothing was changed.", e);
        }
        if (state.startsWith("08")) {
            return new SourceException("Lost the connection to PostgreSQL at " + target.display() + " while trying to "
                    + doing + "; nothing was changed. Check the network and retry.", e);
        }
        return new SourceException("Cannot " + doing + " in " + target.display() + ": " + firstLine(e)
                + "; nothing was changed.", e);
    }

    /** The first line of the server's message (later lines hold hints and positions), without a final full stop. */
    static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl).strip();
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
