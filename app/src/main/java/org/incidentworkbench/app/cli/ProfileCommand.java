package org.incidentworkbench.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code workbench profile}: the source profiles; its subcommands are added by the wiring class. */
@Command(name = "profile", synopsisSubcommandLabel = "COMMAND",
        description = "List source profiles, or check one against a PostgreSQL database.")
public final class ProfileCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: "
                + String.join(" or ", spec.subcommands().keySet()));
    }
}
