package org.incidentworkbench.app.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentworkbench.analysis.logs.LogCursor;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A log cursor as printed after a page, {@code <microseconds since the epoch>:<log id>}, read back by {@code --after}. */
public final class CursorArgument implements ITypeConverter<LogCursor> {

    private static final Pattern FORM = Pattern.compile("(-?\\d{1,18}):(\\d{1,18})");

    public static String format(LogCursor cursor) {
        return cursor.tsMicros() + ":" + cursor.id();
    }

    @Override
    public LogCursor convert(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new TypeConversionException("'" + text + "' is not a log cursor: pass the value printed after the previous page");
        }
        return new LogCursor(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    }
}
