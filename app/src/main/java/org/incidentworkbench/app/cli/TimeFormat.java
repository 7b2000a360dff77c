package org.incidentworkbench.app.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Prints instants as ISO-8601: {@code 2026-11-20T14:05:00Z} in UTC, with the offset in any other zone. */
public record TimeFormat(ZoneId zone) {

    public static final TimeFormat UTC = new TimeFormat(ZoneOffset.UTC);

    public String format(Instant t) {
        if (zone.equals(ZoneOffset.UTC)) {
            return DateTimeFormatter.ISO_INSTANT.format(t);
        }
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(zone));
    }
}
