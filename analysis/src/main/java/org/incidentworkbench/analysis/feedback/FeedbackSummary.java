package org.incidentworkbench.analysis.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;

/** One line saying what a feedback event says, for timelines: its text (or note), else its hypothesis and reason, else its raw payload. */
public final class FeedbackSummary {

    private FeedbackSummary() {
    }

    public static String of(FeedbackEvent event) {
        JsonNode p;
        try {
            p = FeedbackEvents.MAPPER.readTree(event.payloadJson() == null ? "{}" : event.payloadJson());
        } catch (JsonProcessingException e) {
            return event.payloadJson();
        }
        if (p.hasNonNull("text")) {
            return p.get("text").asText();
        }
        if (p.hasNonNull("note")) { // notes written by the sample generator and older tools
            return p.get("note").asText();
        }
        if (p.hasNonNull("hypothesis_id")) {
            String hypothesis = "hypothesis " + p.get("hypothesis_id").asText();
            return p.hasNonNull("reason") ? hypothesis + ": " + p.get("reason").asText() : hypothesis;
        }
        return p.toString();
    }
}
