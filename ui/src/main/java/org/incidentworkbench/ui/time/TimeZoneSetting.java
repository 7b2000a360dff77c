package org.incidentworkbench.ui.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.incidentworkbench.analysis.time.TimeRange;

/**
 * The zone every view shows times in. One instance per app: switching it re-renders every axis,
 * table and header at once, because they all bind to {@link #zoneProperty()}.
 */
public final class TimeZoneSetting {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter PRECISE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ZoneId local;
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(ZoneOffset.UTC);

    /** {@code local} is the machine's zone (ZoneId.systemDefault() in the app, fixed in tests). */
    public TimeZoneSetting(ZoneId local) {
        this.local = local;
    }

    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public ZoneId zone() {
        return zone.get();
    }

    public boolean isUtc() {
        return ZoneOffset.UTC.equals(zone.get());
    }

    public void useUtc() {
        zone.set(ZoneOffset.UTC);
    }

    public void useLocal() {
        zone.set(local);
    }

    /** The local zone's id, whichever zone is chosen now. */
    public String localLabel() {
        return local.getId();
    }

    /** "UTC" or the local zone's id, for the status bar. */
    public String label() {
        return isUtc() ? "UTC" : zone.get().getId();
    }

    /** yyyy-MM-dd HH:mm:ss in the chosen zone. */
    public String dateTime(Instant t) {
        return t == null ? "" : DATE_TIME.format(t.atZone(zone.get()));
    }

    /** With microseconds, as log records carry them. */
    public String precise(Instant t) {
        return t == null ? "" : PRECISE.format(t.atZone(zone.get()));
    }

    /** HH:mm:ss in the chosen zone. */
    public String time(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(zone.get()));
    }

    /** "2025-05-13 14:01:50 – 15:15:20 UTC": the end's date only when it differs from the start's. */
    public String range(TimeRange r) {
        String start = dateTime(r.start());
        String end = dateTime(r.end());
        boolean sameDay = start.regionMatches(0, end, 0, 10);
        return start + " – " + (sameDay ? time(r.end()) : end) + " " + label();
    }
}
