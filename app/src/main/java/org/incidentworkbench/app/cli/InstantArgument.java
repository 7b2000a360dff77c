package org.incidentworkbench.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a time given on the command line: an ISO-8601 instant ({@code 2026-11-20T14:05:00Z}), a
 * date-time with an offset ({@code 2026-11-20T15:05+01:00}), or a date-time or date without one,
 * taken as UTC ({@code 2026-11-20T14:05}, {@code 2026-11-20}).
 */
public final class InstantArgument implements ITypeConverter<Instant> {

    @Override
    public Instant convert(String text) {
        String s = text.trim();
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException noOffset) {
                try {
                    return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notADateTime) {
                    try {
                        return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
                    } catch (DateTimeParseException notADate) {
                        throw new TypeConversionException("'" + text
                                + "' is not a time: use ISO-8601, e.g. 2026-11-20T14:05:00Z (no zone means UTC)");
                    }
                }
            }
        }
    }
}
