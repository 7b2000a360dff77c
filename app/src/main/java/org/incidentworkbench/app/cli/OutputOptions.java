package org.incidentworkbench.app.cli;

import java.time.ZoneId;
import java.time.ZoneOffset;
import picocli.CommandLine.Option;

/** The options every listing shares: its format and the time zone its times are printed in. */
public final class OutputOptions {

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "Output format: an aligned table (default), RFC 4180 CSV or JSON.")
    private OutputFormat format;

    @Option(names = "--local", description = "Print times in the local time zone instead of UTC.")
    private boolean local;

    public OutputFormat format() {
        return format;
    }

    public TableWriter tableWriter() {
        return new TableWriter(format, timeFormat());
    }

    public TimeFormat timeFormat() {
        return new TimeFormat(local ? ZoneId.systemDefault() : ZoneOffset.UTC);
    }
}
