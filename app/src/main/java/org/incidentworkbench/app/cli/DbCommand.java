package org.incidentworkbench.app.cli;

import picocli.CommandLine.Command;

/** {@code workbench db}: the commands that set up a PostgreSQL database; its subcommands are added by the wiring class. */
@Command(name = "db", synopsisSubcommandLabel = "COMMAND",
        description = "Set up a PostgreSQL (or TimescaleDB) database to hold incidents.")
public final class DbCommand extends CommandGroup {
}
