package org.incidentworkbench.app.cli;

import org.incidentworkbench.analysis.logs.LogLineFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a log line format such as {@code <Date> <Time> <Level> <Component>: <Content>} (see {@link LogLineFormat}). */
public final class LogFormatArgument implements ITypeConverter<LogLineFormat> {

    @Override
    public LogLineFormat convert(String text) {
        try {
            return LogLineFormat.compile(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
