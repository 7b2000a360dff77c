package org.incidentworkbench.storage.postgres;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentworkbench.analysis.connections.ConnectionCheck;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.DatabaseConnector;
import org.incidentworkbench.analysis.connections.Extension;
import org.incidentworkbench.analysis.connections.LiveSource;
import org.incidentworkbench.analysis.connections.Password;
import org.incidentworkbench.analysis.connections.ProfileCheck;
import org.incidentworkbench.analysis.source.SourceException;

/**
 * The {@link DatabaseConnector} over PostgreSQL, for the desktop app. Until source profiles exist
 * the one profile is the canonical schema, and its check is the schema check of
 * {@link PostgresSources#open}. Without a password from the user, {@code PGPASSWORD} is used when
 * set, else PgJDBC looks in {@code .pgpass}.
 */
public final class PostgresConnector implements DatabaseConnector {

    private final Map<String, String> env;

    public PostgresConnector(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    @Override
    public List<String> profiles() {
        return List.of(ConnectionSettings.CANONICAL_PROFILE);
    }

    @Override
    public ConnectionCheck test(ConnectionSettings settings, Password password) {
        PostgresTarget target = target(settings, password);
        ServerCapabilities server = PostgresSources.capabilities(target);
        return check(server, new ProfileCheck(settings.profile(), profileProblems(settings, target)));
    }

    @Override
    public LiveSource open(ConnectionSettings settings, Password password) {
        if (!profiles().contains(settings.profile())) {
            throw new SourceException(unknownProfile(settings));
        }
        PostgresIncidentSource source = PostgresSources.open(target(settings, password));
        return new LiveSource(source, check(source.capabilities(), new ProfileCheck(settings.profile(), List.of())));
    }

    /** The profile's problems with this database: opening runs the canonical profile's schema check. */
    private List<String> profileProblems(ConnectionSettings settings, PostgresTarget target) {
        if (!profiles().contains(settings.profile())) {
            return List.of(unknownProfile(settings));
        }
        try (PostgresIncidentSource opened = PostgresSources.open(target)) {
            return List.of();
        } catch (SourceException e) {
            return List.of(e.getMessage());
        }
    }

    private static String unknownProfile(ConnectionSettings settings) {
        return "There is no source profile called \"" + settings.profile() + "\".";
    }

    private PostgresTarget target(ConnectionSettings s, Password password) {
        String fromEnv = env.getOrDefault("PGPASSWORD", "");
        String secret = password != null ? password.value() : fromEnv.isEmpty() ? null : fromEnv;
        return PostgresTarget.of(s.host(), s.port(), s.database(), s.user(), secret)
                .withTls(SslMode.valueOf(s.tlsMode().name()), s.rootCertificateFile().map(Path::toString).orElse(null));
    }

    private static ConnectionCheck check(ServerCapabilities server, ProfileCheck profile) {
        Set<Extension> present = EnumSet.noneOf(Extension.class);
        if (server.timescale()) {
            present.add(Extension.TIMESCALEDB);
        }
        if (server.pgvector()) {
            present.add(Extension.PGVECTOR);
        }
        if (server.age()) {
            present.add(Extension.AGE);
        }
        return new ConnectionCheck("PostgreSQL " + server.version(), present, profile, server.encrypted());
    }
}
