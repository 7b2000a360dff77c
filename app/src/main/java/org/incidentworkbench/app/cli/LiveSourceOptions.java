package org.incidentworkbench.app.cli;

import org.incidentworkbench.storage.postgres.PostgresTarget;
import org.incidentworkbench.storage.profiles.SourceProfile;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The live database a command reads, {@code URL [--profile NAME|FILE]}: where it is, and the
 * source profile that maps the reads onto its tables.
 */
public final class LiveSourceOptions {

    @Parameters(index = "0", paramLabel = "URL", converter = PostgresUrlArgument.class,
            description = "postgresql://user@host:port/database (add ?sslmode=verify-full to check the server);"
                    + " the password comes from PGPASSWORD or ~/.pgpass.")
    private PostgresTarget target;

    @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = SourceProfiles.CANONICAL,
            description = {"The source profile that maps the reads onto the database's tables (default: ${DEFAULT-VALUE}):",
                "canonical, seed-layout, a profile in the profiles folder by name, or a profile file's path."})
    private String profile;

    public PostgresTarget target() {
        return target;
    }

    /**
     * The chosen profile.
     *
     * @throws org.incidentworkbench.storage.profiles.ProfileException when its file does not read as a profile
     * @throws org.incidentworkbench.analysis.source.SourceException when there is no such profile
     */
    public SourceProfile profile(SourceProfiles profiles) {
        return profiles.load(profile);
    }
}
