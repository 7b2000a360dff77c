package org.incidentworkbench.sample.world;

/**
 * How much of an effect there is, by minutes since it started: zero before it starts and after
 * it is over. Scenarios describe traffic bumps and faults with it.
 */
@FunctionalInterface
public interface Envelope {

    double at(double minutesSinceStart);

    /** Rises linearly to {@code height} over {@code upMinutes}, stays for {@code holdMinutes}, falls over {@code downMinutes}. */
    static Envelope plateau(double upMinutes, double holdMinutes, double downMinutes, double height) {
        return m -> {
            if (m < 0) {
                return 0;
            }
            if (m < upMinutes) {
                return height * m / upMinutes;
            }
            double afterHold = m - upMinutes - holdMinutes;
            if (afterHold < 0) {
                return height;
            }
            return afterHold < downMinutes ? height * (1 - afterHold / downMinutes) : 0;
        };
    }
}
