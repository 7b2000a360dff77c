package org.incidentworkbench.ui.overview;

import java.util.Locale;

/** How the overview writes numbers: by unit, with a few significant digits, and a dash for no data. */
final class Figures {

    static final String NO_DATA = "—";
    /** The unit of a share of capacity (1 = all of it), written as a whole percentage. */
    static final String UTILISATION = "share of capacity";

    private Figures() {
    }

    /** The value with its unit, e.g. "12.7 %", "4,860 ms", "1.00 connections". */
    static String value(double v, String unit) {
        String suffix = unit(v, unit);
        return suffix.isEmpty() ? amount(v, unit) : amount(v, unit) + " " + suffix;
    }

    /** The number alone, as the unit wants it (a ratio as a percentage). */
    static String amount(double v, String unit) {
        if (Double.isNaN(v)) {
            return NO_DATA;
        }
        if (UTILISATION.equals(unit)) {
            return String.format(Locale.ROOT, "%.0f", v * 100);
        }
        return "ratio".equals(unit) ? String.format(Locale.ROOT, v * 100 < 10 ? "%.2f" : "%.1f", v * 100) : number(v);
    }

    /** The unit as written after the number: "%", "/s", "ms", "connections"; empty for none or no data. */
    static String unit(double v, String unit) {
        if (Double.isNaN(v) || unit == null) {
            return "";
        }
        return switch (unit) {
            case "ratio", UTILISATION -> "%";
            case "1/s" -> "/s";
            case "1" -> "";
            default -> unit;
        };
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "×2.4" (NaN: no ratio). */
    static String ratio(double r) {
        return Double.isNaN(r) ? "" : String.format(Locale.ROOT, r >= 10 ? "×%.0f" : "×%.1f", r);
    }

    private static String number(double v) {
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 1000 ? "%,.0f" : a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", v);
    }
}
