package org.incidentworkbench.analysis.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;

/**
 * Builds the events of each {@link FeedbackKind} with their payload JSON, stamped with the actor,
 * the clock's time and a fresh client-generated id. Times are cut to microseconds, the precision
 * of every store, so an event reads back exactly as it was built.
 */
public final class FeedbackEvents {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final Actor actor;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public FeedbackEvents(Actor actor, Clock clock, Supplier<UUID> ids) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    public FeedbackEvents(Actor actor) {
        this(actor, Clock.systemUTC(), UUID::randomUUID);
    }

    /** {@code human_note_added} {"text": ...}. */
    public FeedbackEvent note(UUID incidentId, String text) {
        return event(incidentId, FeedbackKind.HUMAN_NOTE_ADDED, payload().put("text", required(text, "note")));
    }

    /** {@code hypothesis_confirmed} {"hypothesis_id": ..., "reason": ...}; reason may be null. */
    public FeedbackEvent confirmed(UUID incidentId, UUID hypothesisId, String reason) {
        return event(incidentId, FeedbackKind.HYPOTHESIS_CONFIRMED, hypothesis(hypothesisId, reason));
    }

    /** {@code hypothesis_rejected} {"hypothesis_id": ..., "reason": ...}; reason may be null. */
    public FeedbackEvent rejected(UUID incidentId, UUID hypothesisId, String reason) {
        return event(incidentId, FeedbackKind.HYPOTHESIS_REJECTED, hypothesis(hypothesisId, reason));
    }

    /** {@code root_cause_set} {"text": ...}: a root cause in the engineer's words. */
    public FeedbackEvent rootCause(UUID incidentId, String text) {
        return event(incidentId, FeedbackKind.ROOT_CAUSE_SET, payload().put("text", required(text, "root cause")));
    }

    /** {@code root_cause_set} {"hypothesis_id": ...}: one of the ranked hypotheses is the root cause. */
    public FeedbackEvent rootCause(UUID incidentId, UUID hypothesisId) {
        return event(incidentId, FeedbackKind.ROOT_CAUSE_SET,
                payload().put("hypothesis_id", Objects.requireNonNull(hypothesisId, "hypothesisId").toString()));
    }

    private static ObjectNode hypothesis(UUID hypothesisId, String reason) {
        ObjectNode p = payload().put("hypothesis_id", Objects.requireNonNull(hypothesisId, "hypothesisId").toString());
        if (reason != null && !reason.isBlank()) {
            p.put("reason", reason.strip());
        }
        return p;
    }

    private FeedbackEvent event(UUID incidentId, FeedbackKind kind, ObjectNode payload) {
        Objects.requireNonNull(incidentId, "incidentId");
        try {
            return new FeedbackEvent(ids.get(), incidentId, clock.instant().truncatedTo(ChronoUnit.MICROS), actor.type(),
                    actor.id(), kind.eventType(), MAPPER.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a feedback payload could not be written as JSON", e);
        }
    }

    private static ObjectNode payload() {
        return MAPPER.createObjectNode();
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A " + what + " needs some text.");
        }
        return text.strip();
    }
}
