package org.incidentworkbench.analysis.feedback;

import java.util.Arrays;
import java.util.Optional;

/** The feedback event types this app writes, as stored in {@code feedback_events.event_type}. */
public enum FeedbackKind {
    HUMAN_NOTE_ADDED("human_note_added", "Note"),
    HYPOTHESIS_CONFIRMED("hypothesis_confirmed", "Hypothesis confirmed"),
    HYPOTHESIS_REJECTED("hypothesis_rejected", "Hypothesis rejected"),
    ROOT_CAUSE_SET("root_cause_set", "Root cause set");

    private final String eventType;
    private final String label;

    FeedbackKind(String eventType, String label) {
        this.eventType = eventType;
        this.label = label;
    }

    public String eventType() {
        return eventType;
    }

    /** A short human name for the kind. */
    public String label() {
        return label;
    }

    /** The kind of a stored event type; empty for types written by other tools. */
    public static Optional<FeedbackKind> of(String eventType) {
        return Arrays.stream(values()).filter(k -> k.eventType.equals(eventType)).findFirst();
    }
}
