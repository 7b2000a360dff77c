package org.incidentworkbench.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import org.incidentworkbench.analysis.source.SourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one plain line on stderr, {@code workbench: <message>}, and an exit
 * code: {@value #USAGE} for a bad command line, {@value #FAILURE} when the work itself failed (a
 * file that is not a snapshot, an unreadable file, a bug). The stack trace is logged only when
 * {@code --debug} was given.
 */
public final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        command.getErr().println("workbench: " + ex.getMessage()
                + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        command.getErr().println("workbench: " + plainMessage(ex));
        if (debugRequested(parseResult)) {
            LOG.error("{} failed", command.getCommandSpec().qualifiedName(), ex);
        }
        return FAILURE;
    }

    private static String plainMessage(Exception ex) {
        return switch (ex) {
            case SourceException e -> e.getMessage();
            case CommandFailure e -> e.getMessage();
            case UncheckedIOException e -> ioMessage(e.getCause());
            case IOException e -> ioMessage(e);
            default -> "unexpected " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
                    + " (run again with --debug for the stack trace)";
        };
    }

    /** File-system exceptions carry only the path as their message; their class says what went wrong. */
    private static String ioMessage(IOException e) {
        if (e instanceof FileSystemException f) {
            String what = f.getClass().getSimpleName().replaceFirst("Exception$", "")
                    .replaceAll("(?<!^)([A-Z])", " $1").toLowerCase(Locale.ROOT);
            return what + ": " + f.getFile() + (f.getReason() == null ? "" : " (" + f.getReason() + ")");
        }
        return String.valueOf(e.getMessage());
    }

    private static boolean debugRequested(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
