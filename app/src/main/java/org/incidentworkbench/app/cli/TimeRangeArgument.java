package org.incidentworkbench.app.cli;

import org.incidentworkbench.analysis.time.TimeRange;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a window given as {@code FROM..TO}, each end a time as {@link InstantArgument} reads it,
 * e.g. {@code 2026-11-20T14:00Z..2026-11-20T15:30Z}; both ends are needed and it must not be empty.
 */
public final class TimeRangeArgument implements ITypeConverter<TimeRange> {

    private static final String SEPARATOR = "..";

    private final InstantArgument instants = new InstantArgument();

    @Override
    public TimeRange convert(String text) {
        int at = text.indexOf(SEPARATOR);
        if (at < 0 || text.indexOf(SEPARATOR, at + 1) >= 0) {
            throw new TypeConversionException("'" + text + "' is not a window: use FROM..TO, e.g. 2026-11-20T14:00Z..2026-11-20T15:30Z");
        }
        TimeRange range;
        try {
            range = new TimeRange(instants.convert(text.substring(0, at)), instants.convert(text.substring(at + SEPARATOR.length())));
        } catch (IllegalArgumentException backwards) {
            throw new TypeConversionException("the window '" + text + "' ends before it starts");
        }
        if (range.duration().isZero()) {
            throw new TypeConversionException("the window '" + text + "' is empty");
        }
        return range;
    }
}
