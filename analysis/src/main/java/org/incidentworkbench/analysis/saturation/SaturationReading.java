package org.incidentworkbench.analysis.saturation;

/**
 * How full a resource was at its fullest minute of the incident window and of the baseline: a share of
 * its capacity (1 = all of it) when it has one, else the raw value in the metric's unit; NaN where there
 * were no points. {@code hops} is how far the resource's service is from the incident service.
 */
public record SaturationReading(Resource resource, int hops, double during, double baseline) {

    /** Whether {@link #during} and {@link #baseline} are shares of capacity rather than raw values. */
    public boolean isUtilisation() {
        return resource.hasCapacity();
    }

    /** How many times the baseline the window's value is; NaN when either is missing or the baseline is zero. */
    public double rise() {
        return baseline == 0 || Double.isNaN(baseline) || Double.isNaN(during) ? Double.NaN : during / baseline;
    }
}
