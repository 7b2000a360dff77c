package org.incidentworkbench.analysis.connections;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a live source is and how to reach it, as the user saves it: never a password (that comes
 * from the environment, {@code .pgpass} or a prompt, per session). The root certificate is used
 * only by the modes that check the server's certificate. The profile names the source profile that
 * maps the reads onto the database's tables.
 *
 * @param rootCertificate null for the driver's default ({@code ~/.postgresql/root.crt})
 */
public record ConnectionSettings(String name, String host, int port, String database, String user, TlsMode tlsMode,
                                 Path rootCertificate, String profile) {

    public static final int DEFAULT_PORT = 5432;
    /** The profile of a database holding the incident schema itself. */
    public static final String CANONICAL_PROFILE = "canonical";

    /** @throws IllegalArgumentException with a plain message naming the field at fault */
    public ConnectionSettings {
        required(name, "a name");
        required(host, "a host");
        required(database, "a database");
        required(user, "a user");
        required(profile, "a source profile");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("The port must be a number from 1 to 65535.");
        }
        if (tlsMode == null) {
            throw new IllegalArgumentException("The connection needs a TLS mode.");
        }
        name = name.strip();
        host = host.strip();
        database = database.strip();
        user = user.strip();
        profile = profile.strip();
    }

    public Optional<Path> rootCertificateFile() {
        return Optional.ofNullable(rootCertificate);
    }

    /** "host:port/database", as the app names the source. */
    public String address() {
        return host + ":" + port + "/" + database;
    }

    /** Who logs in where: the sessions these settings open share a password. */
    public String login() {
        return user + "@" + address();
    }

    private static void required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The connection needs " + what + ".");
        }
    }
}
