package org.incidentworkbench.analysis.saturation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks what is running out. A share of capacity says so directly, so any resource with a capacity
 * outranks those without one; among those, the fullest wins. Resources without a capacity rank by
 * how far they rose above their baseline. Ties go to the larger rise, then to the service nearer the
 * incident service, then by name, so the pick is deterministic.
 */
public final class MostSaturated {

    private static final Comparator<SaturationReading> MOST_SATURATED_FIRST =
            Comparator.comparing(SaturationReading::isUtilisation).reversed()
                    .thenComparing(MostSaturated::level, Comparator.reverseOrder())
                    .thenComparing(r -> orZero(r.rise()), Comparator.reverseOrder())
                    .thenComparingInt(SaturationReading::hops)
                    .thenComparing(r -> r.resource().service())
                    .thenComparing(r -> r.resource().metric())
                    .thenComparing(r -> r.resource().labelText());

    private MostSaturated() {
    }

    /** The most saturated of the readings that have data in the window; empty when none has. */
    public static Optional<SaturationReading> of(List<SaturationReading> readings) {
        return readings.stream().filter(r -> !Double.isNaN(r.during())).min(MOST_SATURATED_FIRST);
    }

    /** Utilisation for a resource with a capacity, rise over the baseline for one without. */
    private static double level(SaturationReading r) {
        return r.isUtilisation() ? r.during() : orZero(r.rise());
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
