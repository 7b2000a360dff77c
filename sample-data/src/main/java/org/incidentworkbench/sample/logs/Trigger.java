package org.incidentworkbench.sample.logs;

import org.incidentworkbench.sample.world.Symptom;

/** What makes a family's lines appear. */
public sealed interface Trigger {

    /** Steady chatter: {@code perSecondAtPeak} lines per second at the service's daily peak, following its traffic. */
    record Steady(double perSecondAtPeak) implements Trigger {
    }

    /** Request logging, sampled: {@code perRequest} lines for each request the service handles. */
    record PerRequest(double perRequest) implements Trigger {
    }

    /** Failing requests: {@code perFailure} lines for each request the service fails (log sampling keeps only some). */
    record OnErrors(double perFailure) implements Trigger {
    }

    /**
     * A symptom: {@code perEvent} lines per event of {@code symptom}, for events about
     * {@code subject} only (null: any subject).
     */
    record OnSymptom(Symptom symptom, String subject, double perEvent) implements Trigger {
    }

    /** Written only inside sampled traces, by the trace generator. */
    record InTrace() implements Trigger {
    }

    static Trigger steady(double perSecondAtPeak) {
        return new Steady(perSecondAtPeak);
    }

    static Trigger perRequest(double perRequest) {
        return new PerRequest(perRequest);
    }

    static Trigger onErrors(double perFailure) {
        return new OnErrors(perFailure);
    }

    static Trigger on(Symptom symptom, double perEvent) {
        return new OnSymptom(symptom, null, perEvent);
    }

    static Trigger on(Symptom symptom, String subject, double perEvent) {
        return new OnSymptom(symptom, subject, perEvent);
    }

    static Trigger inTrace() {
        return new InTrace();
    }
}
