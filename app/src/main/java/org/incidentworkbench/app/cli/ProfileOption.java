package org.incidentworkbench.app.cli;

import org.incidentworkbench.storage.profiles.SourceProfile;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import picocli.CommandLine.Option;

/** {@code --profile NAME|FILE}: the source profile that maps the reads onto a database's own tables. */
public final class ProfileOption {

    @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = SourceProfiles.CANONICAL,
            description = {"The source profile that maps the reads onto the database's tables (default: ${DEFAULT-VALUE}):",
                "canonical, seed-layout, a profile in the profiles folder by name, or a profile file's path."})
    private String profile;

    /**
     * The chosen profile.
     *
     * @throws org.incidentworkbench.storage.profiles.ProfileException when its file does not read as a profile
     * @throws org.incidentworkbench.analysis.source.SourceException when there is no such profile
     */
    public SourceProfile load(SourceProfiles profiles) {
        return profiles.load(profile);
    }
}
