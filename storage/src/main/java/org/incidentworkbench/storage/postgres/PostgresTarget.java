package org.incidentworkbench.storage.postgres;

import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * Where a live source is and how its sessions are set up. Every session is read-only
 * ({@code default_transaction_read_only}; a SELECT-only role is the real guarantee), names itself
 * {@code incident-workbench} in {@code pg_stat_activity}, and has connect, socket and statement
 * timeouts so a dead network or a runaway query never hangs a read.
 *
 * @param password null to let PgJDBC look it up in the user's {@code .pgpass} file
 */
public record PostgresTarget(String host, int port, String database, String user, String password,
        Duration connectTimeout, Duration statementTimeout) {

    public static final String APPLICATION_NAME = "incident-workbench";

    /** How long the socket may stay silent beyond the statement timeout before the read gives up. */
    private static final Duration SOCKET_SLACK = Duration.ofSeconds(30);

    public PostgresTarget {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        if (connectTimeout.toSeconds() < 1 || statementTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("timeouts must be at least a second and a millisecond");
        }
    }

    /** With the default timeouts: 10 s to connect, 2 min per statement. */
    public static PostgresTarget of(String host, int port, String database, String user, String password) {
        return new PostgresTarget(host, port, database, user, password, Duration.ofSeconds(10), Duration.ofMinutes(2));
    }

    String url() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** "host:port/database", as messages name the source. */
    String display() {
        return host + ":" + port + "/" + database;
    }

    Properties properties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", APPLICATION_NAME);
        p.setProperty("connectTimeout", Long.toString(connectTimeout.toSeconds()));
        p.setProperty("socketTimeout", Long.toString(statementTimeout.plus(SOCKET_SLACK).toSeconds()));
        p.setProperty("options", "-c default_transaction_read_only=on -c statement_timeout=" + statementTimeout.toMillis());
        p.setProperty("readOnly", "true");
        return p;
    }
}
