package org.incidentworkbench.storage.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.incidentworkbench.analysis.connections.TlsMode;

/**
 * Reads the libpq-style URL the command line takes, {@code postgresql://user@host:port/db?sslmode=verify-full},
 * into a {@link PostgresTarget}. A password may be in the URL (discouraged: shells keep history),
 * else it comes from {@code PGPASSWORD}, else PgJDBC looks in {@code .pgpass}; the app never stores one.
 */
public final class PostgresUrl {

    private PostgresUrl() {
    }

    /** With the process environment. */
    public static PostgresTarget parse(String url) {
        return parse(url, System.getenv());
    }

    /**
     * @param env the environment: {@code PGPASSWORD} and, when the URL names no user, {@code PGUSER}
     * @throws IllegalArgumentException with a plain message saying what is wrong with the URL
     */
    public static PostgresTarget parse(String url, Map<String, String> env) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a PostgreSQL URL: " + e.getReason()
                    + " (expected postgresql://user@host:port/database)");
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new IllegalArgumentException("not a PostgreSQL URL: it must start with postgresql:// (got \"" + url + "\")");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("the PostgreSQL URL names no host: " + url);
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        int port = uri.getPort() < 0 ? PostgresTarget.DEFAULT_PORT : uri.getPort();
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        if (user == null || user.isEmpty()) {
            user = env.getOrDefault("PGUSER", System.getProperty("user.name"));
        }
        if (password == null) {
            password = env.get("PGPASSWORD");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = path.length() > 1 ? decode(path.substring(1)) : user;
        PostgresTarget target = PostgresTarget.of(host, port, database, user, password);
        TlsMode ssl = TlsMode.PREFER;
        String rootCert = null;
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                String value = kv.length > 1 ? decode(kv[1]) : "";
                switch (decode(kv[0])) {
                    case "sslmode" -> ssl = TlsMode.ofKeyword(value);
                    case "sslrootcert" -> rootCert = value;
                    default -> throw new IllegalArgumentException("unknown option \"" + decode(kv[0])
                            + "\" in the PostgreSQL URL: only sslmode and sslrootcert are read");
                }
            }
        }
        return target.withTls(ssl, rootCert);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
