package org.incidentworkbench.storage.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.incidentworkbench.analysis.connections.TlsMode;

/**
 * Where a live source is and how its sessions are set up. Every read session is read-only
 * ({@code default_transaction_read_only}; a SELECT-only role is the real guarantee), names itself
 * {@code incident-workbench} in {@code pg_stat_activity}, and has connect, socket and statement
 * timeouts so a dead network or a runaway query never hangs a read.
 *
 * @param password null to let PgJDBC look it up in the user's {@code .pgpass} file
 * @param sslRootCert the root certificate file that {@code verify-ca}/{@code verify-full} check the
 *     server against; null for PgJDBC's default ({@code ~/.postgresql/root.crt})
 */
public record PostgresTarget(String host, int port, String database, String user, String password,
        TlsMode sslMode, String sslRootCert, Duration connectTimeout, Duration statementTimeout) {

    public static final String APPLICATION_NAME = "incident-workbench";
    public static final int DEFAULT_PORT = 5432;

    /** How long the socket may stay silent beyond the statement timeout before the read gives up. */
    private static final Duration SOCKET_SLACK = Duration.ofSeconds(30);

    public PostgresTarget {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(sslMode, "sslMode");
        if (connectTimeout.toSeconds() < 1 || statementTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("timeouts must be at least a second and a millisecond");
        }
    }

    /** TLS preferred, with the default timeouts: 10 s to connect, 2 min per statement. */
    public static PostgresTarget of(String host, int port, String database, String user, String password) {
        return new PostgresTarget(host, port, database, user, password, TlsMode.PREFER, null,
                Duration.ofSeconds(10), Duration.ofMinutes(2));
    }

    public PostgresTarget withPassword(String newPassword) {
        return new PostgresTarget(host, port, database, user, newPassword, sslMode, sslRootCert, connectTimeout,
                statementTimeout);
    }

    public PostgresTarget withTls(TlsMode mode, String rootCert) {
        return new PostgresTarget(host, port, database, user, password, mode, rootCert, connectTimeout, statementTimeout);
    }

    public PostgresTarget withStatementTimeout(Duration timeout) {
        return new PostgresTarget(host, port, database, user, password, sslMode, sslRootCert, connectTimeout, timeout);
    }

    /** "host:port/database", as messages name the source; never the password. */
    public String display() {
        return host + ":" + port + "/" + database;
    }

    /**
     * A new read-only session for one read.
     *
     * @throws org.incidentworkbench.analysis.source.SourceException with a plain message naming
     *     what went wrong (login, host, database, TLS)
     */
    public Connection openSession() {
        return connect(readProperties());
    }

    /**
     * A writable session without a statement timeout, for the explicit write paths only:
     * {@code workbench db init} and loading data. Reads never use it.
     */
    public Connection openWriter() {
        return connect(baseProperties());
    }

    private Connection connect(Properties properties) {
        try {
            return DriverManager.getConnection(url(), properties);
        } catch (SQLException e) {
            throw PostgresErrors.onConnect(this, e);
        }
    }

    private String url() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    private Properties readProperties() {
        Properties p = baseProperties();
        p.setProperty("socketTimeout", Long.toString(statementTimeout.plus(SOCKET_SLACK).toSeconds()));
        p.setProperty("options", "-c default_transaction_read_only=on -c statement_timeout=" + statementTimeout.toMillis());
        p.setProperty("readOnly", "true");
        return p;
    }

    private Properties baseProperties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", APPLICATION_NAME);
        p.setProperty("connectTimeout", Long.toString(connectTimeout.toSeconds()));
        p.setProperty("sslmode", sslMode.keyword());
        if (sslRootCert != null) {
            p.setProperty("sslrootcert", sslRootCert);
        }
        return p;
    }
}
