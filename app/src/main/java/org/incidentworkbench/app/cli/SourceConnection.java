package org.incidentworkbench.app.cli;

import java.nio.file.Path;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.postgres.PostgresSources;
import org.incidentworkbench.storage.postgres.PostgresTarget;
import org.incidentworkbench.storage.postgres.PostgresUrl;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import picocli.CommandLine.Mixin;

/**
 * How a source named on the command line is opened: a snapshot file as it is, a live database
 * through {@code --profile}, with {@code -W} to ask for the password. Apart from {@link
 * SourceArgument} so that a command whose source is optional ({@code templates}, which can mine a
 * log file instead) opens it the same way.
 */
public final class SourceConnection {

    @Mixin
    private ProfileOption profile;

    @Mixin
    private PasswordOption password;

    /** Opens {@code location} read-only; a file that is not a snapshot or a database that cannot be read fails plainly. */
    public IncidentSource open(String location, SourceProfiles profiles) {
        if (location.startsWith("postgresql://") || location.startsWith("postgres://")) {
            PostgresTarget target;
            try {
                target = PostgresUrl.parse(location);
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(e.getMessage());
            }
            return PostgresSources.open(password.applyTo(target), profile.load(profiles));
        }
        return DuckDbSnapshots.open(Path.of(location));
    }
}
