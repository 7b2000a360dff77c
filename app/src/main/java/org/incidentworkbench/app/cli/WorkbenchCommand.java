package org.incidentworkbench.app.cli;

import java.util.concurrent.Callable;
import org.incidentworkbench.app.desktop.Desktop;
import org.incidentworkbench.app.desktop.StartWith;
import org.incidentworkbench.storage.schema.EvidenceSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code workbench}: the top-level command; its subcommands are added by the wiring class. */
// INHERIT: every subcommand gets --help and --version too.
@Command(name = "workbench", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = WorkbenchCommand.Version.class,
        description = {"Investigate a production incident from a snapshot file (DuckDB).",
            "Without a command: the desktop app's start page."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the work failed (the file is not a readable snapshot, a file could not be written, ...)",
            "2:bad command line (unknown option, missing or malformed argument)"})
public final class WorkbenchCommand implements Callable<Integer> {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "On failure, print the stack trace as well.")
    private boolean debug;

    private final Desktop desktop;

    public WorkbenchCommand(Desktop desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        return desktop.run(new StartWith.StartPage());
    }

    /** The version recorded in every snapshot this build writes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {EvidenceSchema.writer()};
        }
    }
}
