package org.incidentworkbench.app.cli;

import picocli.CommandLine.Command;

/** {@code workbench profile}: the source profiles; its subcommands are added by the wiring class. */
@Command(name = "profile", synopsisSubcommandLabel = "COMMAND",
        description = "List source profiles, or check one against a PostgreSQL database.")
public final class ProfileCommand extends CommandGroup {
}
