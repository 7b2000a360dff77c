package org.incidentworkbench.ui.overview;

import java.util.Locale;

/** How the overview writes numbers: by unit, with a few significant digits, and a dash for no data. */
final class Figures {

    static final String NO_DATA = "—";

    private Figures() {
    }

    static String value(double v, String unit) {
        if (Double.isNaN(v)) {
            return NO_DATA;
        }
        return switch (unit == null ? "" : unit) {
            case "ratio" -> String.format(Locale.ROOT, v * 100 < 10 ? "%.2f %%" : "%.1f %%", v * 100);
            case "ms" -> number(v) + " ms";
            case "1/s" -> number(v) + " /s";
            case "", "1" -> number(v);
            default -> number(v) + " " + unit;
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
