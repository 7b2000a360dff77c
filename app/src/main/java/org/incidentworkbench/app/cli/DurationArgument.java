package org.incidentworkbench.app.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a positive length of time: a whole number with a unit ({@code 500ms}, {@code 10s}, {@code 1m}, {@code 5m}, {@code 1h}, {@code 1d}) or ISO-8601 ({@code PT1M}). */
public final class DurationArgument implements ITypeConverter<Duration> {

    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

    @Override
    public Duration convert(String text) {
        Duration d = parse(text.trim().toLowerCase(Locale.ROOT));
        if (d == null || d.isZero() || d.isNegative()) {
            throw new TypeConversionException("'" + text + "' is not a length of time: use e.g. 10s, 1m, 5m, 1h or 1d");
        }
        return d;
    }

    private static Duration parse(String s) {
        Matcher m = NUMBER_AND_UNIT.matcher(s);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(s.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
