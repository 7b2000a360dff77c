package org.incidentworkbench.sample.logs;

import java.util.random.RandomGenerator;
import org.incidentworkbench.sample.system.Pod;
import org.incidentworkbench.sample.world.WorldState;

/**
 * What a line is about while it is rendered: the service, the step, the pod, the symptom's
 * subject, and, for lines written inside a trace, the span's latency and status. One instance is
 * reused for every line, so rendering allocates only the text.
 */
public final class LineContext {

    final WorldState world;
    final RandomGenerator rng;
    String service;
    String subject = "";
    int step;
    long tsMicros;
    Pod pod;
    /** The latency to report, in ms; NaN to draw one from the service's state. */
    double latencyMs = Double.NaN;
    /** The HTTP status to report; 0 to draw a usual one. */
    int status;
    /** The route ("POST /v1/checkout") to report; null to draw one. */
    String route;

    LineContext(WorldState world, RandomGenerator rng) {
        this.world = world;
        this.rng = rng;
    }

    void reset(String service, String subject, int step, long tsMicros, Pod pod) {
        this.service = service;
        this.subject = subject == null ? "" : subject;
        this.step = step;
        this.tsMicros = tsMicros;
        this.pod = pod;
        this.latencyMs = Double.NaN;
        this.status = 0;
        this.route = null;
    }
}
