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
import org.incidentworkbench.analysis.connections.TlsMode;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.profiles.SourceProfile;
import org.incidentworkbench.storage.profiles.SourceProfiles;

/**
 * The {@link DatabaseConnector} over PostgreSQL, for the desktop app: the settings' source profile
 * (built-in or the user's) is checked against the server on test and on connect. Without a
 * password from the user, {@code PGPASSWORD} is used when set, else PgJDBC looks in {@code .pgpass}.
 */
public final class PostgresConnector implements DatabaseConnector {

    private final Map<String, String> env;
    private final SourceProfiles profiles;

    public PostgresConnector(Map<String, String> env, SourceProfiles profiles) {
        this.env = Map.copyOf(env);
        this.profiles = profiles;
    }

    @Override
    public List<String> profiles() {
        return profiles.names();
    }

    /** A profile that cannot be loaded (no such name, a malformed file) is reported as the profile's problem. */
    @Override
    public ConnectionCheck test(ConnectionSettings settings, Password password) {
        PostgresTarget target = target(settings, password);
        SourceProfile profile;
        try {
            profile = profiles.load(settings.profile());
        } catch (SourceException e) {
            return check(PostgresSources.capabilities(target), new ProfileCheck(settings.profile(), List.of(e.getMessage())));
        }
        var fit = PostgresSources.check(target, profile);
        return check(fit.server(), new ProfileCheck(settings.profile(), fit.messages()));
    }

    @Override
    public LiveSource open(ConnectionSettings settings, Password password) {
        PostgresIncidentSource source = PostgresSources.open(target(settings, password), profiles.load(settings.profile()));
        return new LiveSource(source, check(source.capabilities(), new ProfileCheck(settings.profile(), List.of())));
    }

    /** Where these settings connect, with the password as {@link #open} finds it (feedback is written there too). */
    public PostgresTarget target(ConnectionSettings s, Password password) {
        String fromEnv = env.getOrDefault("PGPASSWORD", "");
        String secret = password != null ? password.value() : fromEnv.isEmpty() ? null : fromEnv;
        return PostgresTarget.of(s.host(), s.port(), s.database(), s.user(), secret)
                .withTls(s.tlsMode(), s.rootCertificateFile().map(Path::toString).orElse(null));
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
