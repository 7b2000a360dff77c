package org.incidentworkbench.app.cli;

import java.nio.file.Path;
import org.incidentworkbench.analysis.logs.LogLineFormat;
import picocli.CommandLine.Option;

/** {@code --log-file FILE --log-format FORMAT [--out FILE.csv]}: mine a plain log file instead of a source. */
final class LogFileOptions {

    @Option(names = "--log-file", required = true, paramLabel = "FILE", description = "A plain log file to mine instead of a SOURCE.")
    Path file;

    @Option(names = "--log-format", required = true, converter = LogFormatArgument.class, paramLabel = "FORMAT",
            description = "Its line format, e.g. '<Date> <Time> <Level> <Component>: <Content>': each <Name> is a field,"
                    + " <Content> the message mined. Between fields the text is literal, a space matches any run of"
                    + " whitespace, \\ makes the next character literal and (...)? marks an optional part."
                    + " A line that does not fit is mined whole, and counted on stderr.")
    LogLineFormat format;

    @Option(names = "--out", paramLabel = "FILE.csv",
            description = "Write each line's template as CSV (LineId,EventTemplate; LineId is the 1-based line number) instead of the templates.")
    Path out;
}
