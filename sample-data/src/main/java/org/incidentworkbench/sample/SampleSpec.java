package org.incidentworkbench.sample;

import java.time.Duration;
import java.util.Objects;

/**
 * What to generate: a scenario, the seed that makes it reproducible, how much time it covers
 * (ending shortly after the incident recovered) and the metric resolution.
 */
public record SampleSpec(Scenario scenario, long seed, Duration span, Duration resolution) {

    /** The app's default seed. */
    public static final long DEFAULT_SEED = 42L;

    /** The incident and the hour before it need this much time. */
    public static final Duration MIN_SPAN = Duration.ofHours(3);
    public static final Duration MAX_SPAN = Duration.ofDays(7);

    public SampleSpec {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(resolution, "resolution");
        if (span.compareTo(MIN_SPAN) < 0 || span.compareTo(MAX_SPAN) > 0) {
            throw new IllegalArgumentException("span must be between 3 hours and 7 days: " + span);
        }
        if (resolution.toMillis() < 1_000 || resolution.toMinutes() > 5 || resolution.toMillis() % 1_000 != 0) {
            throw new IllegalArgumentException("resolution must be whole seconds between 1 s and 5 min: " + resolution);
        }
        if (span.toMillis() % resolution.toMillis() != 0) {
            throw new IllegalArgumentException("span " + span + " is not a multiple of the resolution " + resolution);
        }
    }

    /** The full sample: 24 hours at 10-second resolution. */
    public static SampleSpec full(Scenario scenario, long seed) {
        return new SampleSpec(scenario, seed, Duration.ofHours(24), Duration.ofSeconds(10));
    }

    /** A few hours around the incident, quick enough for tests. */
    public static SampleSpec small(Scenario scenario, long seed) {
        return new SampleSpec(scenario, seed, MIN_SPAN, Duration.ofSeconds(10));
    }
}
