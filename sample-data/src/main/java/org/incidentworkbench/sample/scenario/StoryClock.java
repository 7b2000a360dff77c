package org.incidentworkbench.sample.scenario;

import java.time.Instant;
import java.util.random.RandomGenerator;
import org.incidentworkbench.sample.timeline.IncidentDay;

/**
 * Times of a scenario's story on the incident day, all shifted together by a seeded offset of up
 * to 2.5 minutes: different seeds give different onsets, the order of events stays the same.
 */
final class StoryClock {

    private final long shiftSeconds;

    StoryClock(RandomGenerator rng) {
        this.shiftSeconds = rng.nextInt(-150, 151);
    }

    Instant at(int hour, int minute) {
        return IncidentDay.at(hour, minute).plusSeconds(shiftSeconds);
    }

    Instant at(int hour, int minute, int second) {
        return at(hour, minute).plusSeconds(second);
    }
}
