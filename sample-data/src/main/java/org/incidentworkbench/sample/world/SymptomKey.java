package org.incidentworkbench.sample.world;

import java.util.Comparator;

/** Which symptom, in which service, about what ({@code subject}: a pool, a callee, a topic; "" when none). */
public record SymptomKey(String service, Symptom symptom, String subject) implements Comparable<SymptomKey> {

    private static final Comparator<SymptomKey> ORDER = Comparator.comparing(SymptomKey::service)
            .thenComparing(SymptomKey::symptom).thenComparing(SymptomKey::subject);

    @Override
    public int compareTo(SymptomKey other) {
        return ORDER.compare(this, other);
    }
}
