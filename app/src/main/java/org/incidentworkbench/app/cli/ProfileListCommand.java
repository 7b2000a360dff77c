package org.incidentworkbench.app.cli;

import java.util.concurrent.Callable;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code workbench profile list}: the built-in profiles and the user's. */
@Command(name = "list", description = {"List the source profiles: the built-in ones, then the .json files in the",
    "profiles folder (a file that does not load says why)."})
public final class ProfileListCommand implements Callable<Integer> {

    @Mixin
    private OutputOptions output;

    @Spec
    private CommandSpec spec;

    private final SourceProfiles profiles;

    public ProfileListCommand(SourceProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public Integer call() {
        Table table = Table.withColumns("profile", "from", "description");
        profiles.list().forEach(p -> table.row(p.name(), p.origin(), p.description()));
        new Details("profiles", table).with("profiles_folder", profiles.folder().toString())
                .print(output, spec.commandLine().getOut());
        return ErrorReporter.OK;
    }
}
