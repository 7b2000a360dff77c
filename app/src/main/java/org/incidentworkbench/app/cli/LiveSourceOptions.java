package org.incidentworkbench.app.cli;

import org.incidentworkbench.storage.postgres.PostgresTarget;
import org.incidentworkbench.storage.profiles.SourceProfile;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The live database a command reads, {@code URL [--profile NAME|FILE] [-W]}: where it is, the
 * source profile that maps the reads onto its tables, and the password when asked for.
 */
public final class LiveSourceOptions {

    @Parameters(index = "0", paramLabel = "URL", converter = PostgresUrlArgument.class,
            description = "postgresql://user@host:port/database (add ?sslmode=verify-full to check the server);"
                    + " the password comes from PGPASSWORD or ~/.pgpass unless -W asks for it.")
    private PostgresTarget target;

    @Mixin
    private ProfileOption profile;

    @Mixin
    private PasswordOption password;

    public PostgresTarget target() {
        return password.applyTo(target);
    }

    /** @see ProfileOption#load */
    public SourceProfile profile(SourceProfiles profiles) {
        return profile.load(profiles);
    }
}
