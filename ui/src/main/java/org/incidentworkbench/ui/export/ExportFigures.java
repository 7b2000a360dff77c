package org.incidentworkbench.ui.export;

import java.time.Duration;
import java.util.Locale;

/** How the export card writes a file's size, a row count and an export's time. */
final class ExportFigures {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private ExportFigures() {
    }

    /** "812 bytes", "4.2 MB". */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "3.4 s", "2 min 5 s". */
    static String time(Duration d) {
        if (d.toSeconds() < 60) {
            return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        }
        return d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }
}
