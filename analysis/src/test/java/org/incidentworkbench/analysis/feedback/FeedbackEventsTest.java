package org.incidentworkbench.analysis.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.incidentworkbench.analysis.feedback.FeedbackLog.LoggedFeedback;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.junit.jupiter.api.Test;

class FeedbackEventsTest {

    static final UUID INCIDENT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID HYPOTHESIS = UUID.fromString("00000000-0000-0000-0000-0000000000b0");
    final FeedbackEvents events = new FeedbackEvents(Actor.user("ana"),
            Clock.fixed(Instant.parse("2024-05-01T10:00:00.123456789Z"), ZoneOffset.UTC), UUID::randomUUID);

    @Test
    void eachKindCarriesItsTypeActorTimeAndPayload() {
        FeedbackEvent note = events.note(INCIDENT, "  pool exhausted after deploy  ");
        assertThat(note.eventType()).isEqualTo("human_note_added");
        assertThat(note.actorType()).isEqualTo("user");
        assertThat(note.actorId()).isEqualTo("ana");
        assertThat(note.incidentId()).isEqualTo(INCIDENT);
        assertThat(note.createdAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00.123456Z"));
        assertThat(note.payloadJson()).isEqualTo("{\"text\":\"pool exhausted after deploy\"}");

        assertThat(events.confirmed(INCIDENT, HYPOTHESIS, "the graph says so").payloadJson())
                .isEqualTo("{\"hypothesis_id\":\"" + HYPOTHESIS + "\",\"reason\":\"the graph says so\"}");
        assertThat(events.rejected(INCIDENT, HYPOTHESIS, null).payloadJson())
                .isEqualTo("{\"hypothesis_id\":\"" + HYPOTHESIS + "\"}");
        assertThat(events.rootCause(INCIDENT, HYPOTHESIS).eventType()).isEqualTo("root_cause_set");
        assertThat(events.rootCause(INCIDENT, "a \"quoted\" cause").payloadJson())
                .isEqualTo("{\"text\":\"a \\\"quoted\\\" cause\"}");
    }

    @Test
    void everyEventGetsItsOwnIdAndABlankNoteIsRefused() {
        assertThat(events.note(INCIDENT, "a").id()).isNotEqualTo(events.note(INCIDENT, "a").id());
        assertThatThrownBy(() -> events.note(INCIDENT, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void summariesSayWhatTheEventSays() {
        assertThat(FeedbackSummary.of(events.note(INCIDENT, "hello"))).isEqualTo("hello");
        assertThat(FeedbackSummary.of(events.rejected(INCIDENT, HYPOTHESIS, "no")))
                .isEqualTo("hypothesis " + HYPOTHESIS + ": no");
        assertThat(FeedbackKind.of("root_cause_set")).contains(FeedbackKind.ROOT_CAUSE_SET);
        assertThat(FeedbackKind.of("custom")).isEmpty();
    }

    @Test
    void theTimelineShowsEachEventOnceAndTheSourcesCopyAsDelivered() {
        FeedbackEvent first = events.note(INCIDENT, "first");
        FeedbackEvent second = new FeedbackEvent(UUID.randomUUID(), INCIDENT, first.createdAt().plusSeconds(1), "user",
                "bo", "human_note_added", "{\"text\":\"second\"}");
        List<LoggedFeedback> timeline = FeedbackTimeline.merge(List.of(first),
                List.of(new LoggedFeedback(second, true), new LoggedFeedback(first, true)));
        assertThat(timeline).containsExactly(new LoggedFeedback(first, false), new LoggedFeedback(second, true));
    }
}
