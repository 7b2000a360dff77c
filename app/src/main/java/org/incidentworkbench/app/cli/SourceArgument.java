package org.incidentworkbench.app.cli;

import java.nio.file.Path;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.postgres.PostgresSources;
import org.incidentworkbench.storage.postgres.PostgresTarget;
import org.incidentworkbench.storage.postgres.PostgresUrl;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The source a reading command takes as its first parameter: a snapshot file, or a live database
 * by its {@code postgresql://} URL (read through {@code --profile}, with {@code -W} to ask for the
 * password). Either way the command reads the same {@link IncidentSource}.
 */
public final class SourceArgument {

    @Parameters(index = "0", paramLabel = "SOURCE", description = {
        "A snapshot file (.duckdb), e.g. one written by 'workbench sample',",
        "or a database: postgresql://user@host:port/database[?sslmode=verify-full]."})
    private String source;

    @Mixin
    private ProfileOption profile;

    @Mixin
    private PasswordOption password;

    /** Opens the source read-only; a file that is not a snapshot or a database that cannot be read fails plainly. */
    public IncidentSource open(SourceProfiles profiles) {
        if (source.startsWith("postgresql://") || source.startsWith("postgres://")) {
            PostgresTarget target;
            try {
                target = PostgresUrl.parse(source);
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(e.getMessage());
            }
            return PostgresSources.open(password.applyTo(target), profile.load(profiles));
        }
        return DuckDbSnapshots.open(Path.of(source));
    }
}
