package org.incidentworkbench.ui.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers as a chart shows them: compact axis labels (1.5k, 2M) and readouts with four significant digits. */
public final class ValueFormat {

    private ValueFormat() {
    }

    /** An axis label for a tick of a scale whose ticks are {@code step} apart. */
    public static String tick(double value, double step) {
        double abs = Math.abs(value);
        if (abs >= 1e6 && step >= 1e5) {
            return trim(value / 1e6, step / 1e6) + "M";
        }
        if (abs >= 1e4 && step >= 1e3) {
            return trim(value / 1e3, step / 1e3) + "k";
        }
        return trim(value, step);
    }

    /** A value read off the chart: four significant digits, no exponent, no trailing zeros. */
    public static String readout(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Math.abs(value) >= 1e4) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** As many decimals as the step needs to tell neighbouring ticks apart. */
    private static String trim(double value, double step) {
        int decimals = step >= 1 ? 0 : Math.min(6, (int) Math.ceil(-Math.log10(step) - 1e-9));
        if (step < 1 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-6) {
            decimals++;
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.equals("-0") ? "0" : text;
    }
}
