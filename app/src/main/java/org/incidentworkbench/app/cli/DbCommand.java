package org.incidentworkbench.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code workbench db}: the commands that set up a PostgreSQL database; its subcommands are added by the wiring class. */
@Command(name = "db", synopsisSubcommandLabel = "COMMAND",
        description = "Set up a PostgreSQL (or TimescaleDB) database to hold incidents.")
public final class DbCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: "
                + String.join(" or ", spec.subcommands().keySet()));
    }
}
