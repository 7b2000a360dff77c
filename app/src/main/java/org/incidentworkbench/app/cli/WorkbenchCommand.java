package org.incidentworkbench.app.cli;

import java.util.concurrent.Callable;
import org.incidentworkbench.storage.schema.EvidenceSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code workbench}: the top-level command; its subcommands are added by the wiring class. */
// INHERIT: every subcommand gets --help and --version too.
@Command(name = "workbench", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = WorkbenchCommand.Version.class,
        description = "Investigate a production incident from a snapshot file (DuckDB).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the work failed (the file is not a readable snapshot, a file could not be written, ...)",
            "2:bad command line (unknown option, missing or malformed argument)"})
public final class WorkbenchCommand implements Callable<Integer> {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "On failure, print the stack trace as well.")
    private boolean debug;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing a command");
    }

    /** The version recorded in every snapshot this build writes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {EvidenceSchema.writer()};
        }
    }
}
