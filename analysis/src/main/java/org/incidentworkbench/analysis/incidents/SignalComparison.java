package org.incidentworkbench.analysis.incidents;

/**
 * One key signal of a service: the mean of {@code metric} during the incident window and during
 * the baseline window (NaN when the metric has no points there).
 */
public record SignalComparison(KeySignal signal, String metric, double during, double baseline) {

    /** How many times the baseline the incident value is; NaN when either is missing or the baseline is zero. */
    public double ratio() {
        return baseline == 0 || Double.isNaN(baseline) || Double.isNaN(during) ? Double.NaN : during / baseline;
    }
}
