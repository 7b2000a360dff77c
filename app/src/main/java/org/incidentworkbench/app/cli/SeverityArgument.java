package org.incidentworkbench.app.cli;

import org.incidentworkbench.analysis.logs.Severity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a log severity (trace, debug, info, warn, error, fatal and their usual spellings). */
public final class SeverityArgument implements ITypeConverter<Severity> {

    @Override
    public Severity convert(String text) {
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
