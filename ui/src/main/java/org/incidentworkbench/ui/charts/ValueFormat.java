package org.incidentworkbench.ui.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers as a chart shows them: compact axis labels (1.5k, 2M) and readouts with four significant digits. */
public final class ValueFormat {

    private ValueFormat() {
    }

    /**
     * An axis label for a tick of a scale whose ticks are {@code step} apart and whose largest
     * magnitude is {@code scaleMax}: one suffix for the whole scale (0, 5k, 10k, never 5000, 10k).
     */
    public static String tick(double value, double step, double scaleMax) {
        if (value == 0) {
            return "0";
        }
        if (scaleMax >= 1e6) {
            return trim(value / 1e6, step / 1e6) + "M";
        }
        if (scaleMax >= 1e4) {
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
        int decimals = 0;
        while (decimals < 6 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-6) {
            decimals++;
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.equals("-0") ? "0" : text;
    }
}
