package org.incidentworkbench.app.cli;

import java.time.Instant;
import org.incidentworkbench.analysis.time.TimeRange;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --from} and {@code --to}; either may be left out to reach the first or last record of the snapshot. */
public final class TimeRangeOptions {

    /** Bounds wide enough for any snapshot, so that an open end means "all the data" without reading it first. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    @Option(names = "--from", converter = InstantArgument.class, paramLabel = "TIME",
            description = "Start (inclusive): ISO-8601, e.g. 2026-11-20T14:00Z; UTC when no zone is given.")
    private Instant from;

    @Option(names = "--to", converter = InstantArgument.class, paramLabel = "TIME",
            description = "End (exclusive), same forms as --from.")
    private Instant to;

    TimeRange resolve(CommandSpec spec) {
        Instant start = from == null ? EARLIEST : from;
        Instant end = to == null ? LATEST : to;
        if (end.isBefore(start)) {
            throw new ParameterException(spec.commandLine(), "--to (" + end + ") is before --from (" + start + ")");
        }
        return new TimeRange(start, end);
    }
}
