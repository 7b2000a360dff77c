package org.incidentworkbench.ui.templates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Locale;

/** How the log changes write their numbers: counts with separators, shares, rate ratios, bucket widths. */
final class TemplateNumbers {

    private TemplateNumbers() {
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "12.3 %", and "<0.1 %" for a share too small to show, so it never reads as none at all. */
    static String share(double percent) {
        if (percent > 0 && percent < 0.05) {
            return "<0.1 %";
        }
        return String.format(Locale.ROOT, "%.1f %%", percent);
    }

    /** The incident rate over the baseline rate: "×66", "×2.1", "×0.12"; "∞" for a template the baseline never had. */
    static String ratio(double ratio) {
        if (Double.isInfinite(ratio)) {
            return "∞";
        }
        if (ratio >= 10) {
            return String.format(Locale.ROOT, "×%,.0f", ratio);
        }
        BigDecimal twoDigits = new BigDecimal(ratio).round(new MathContext(2)).stripTrailingZeros();
        return "×" + (twoDigits.signum() == 0 ? "0" : twoDigits.toPlainString());
    }

    /** "30 s", "2 min", "1 h": the width of a chart's bucket. */
    static String width(Duration d) {
        if (d.toSeconds() < 60) {
            return d.toSeconds() + " s";
        }
        if (d.toMinutes() < 60 || d.toMinutes() % 60 != 0) {
            return d.toMinutes() + " min";
        }
        return d.toHours() + " h";
    }
}
