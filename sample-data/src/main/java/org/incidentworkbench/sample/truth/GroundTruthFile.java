package org.incidentworkbench.sample.truth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/** Reads and writes the ground truth as {@code <snapshot file name>.truth.json} beside the snapshot. */
public final class GroundTruthFile {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GroundTruthFile() {
    }

    /** Where the ground truth of {@code snapshot} lives. */
    public static Path beside(Path snapshot) {
        return snapshot.resolveSibling(snapshot.getFileName() + ".truth.json");
    }

    public static void write(Path file, GroundTruth truth) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("scenario", truth.scenario());
        n.put("seed", truth.seed());
        n.put("rootCauseService", truth.rootCauseService());
        n.put("causeKind", truth.causeKind());
        n.put("causingChangeId", truth.causingChangeId() == null ? null : truth.causingChangeId().toString());
        n.put("causingChangeType", truth.causingChangeType());
        n.put("onset", truth.onset().toString());
        n.put("incidentId", truth.incidentId().toString());
        n.put("summary", truth.summary());
        try {
            Files.writeString(file, MAPPER.writeValueAsString(n) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write ground truth " + file, e);
        }
    }

    public static GroundTruth read(Path file) {
        try {
            JsonNode n = MAPPER.readTree(file.toFile());
            return new GroundTruth(n.get("scenario").asText(), n.get("seed").asLong(), n.get("rootCauseService").asText(),
                    n.get("causeKind").asText(), n.get("causingChangeId").isNull() ? null : UUID.fromString(n.get("causingChangeId").asText()),
                    n.get("causingChangeType").isNull() ? null : n.get("causingChangeType").asText(),
                    Instant.parse(n.get("onset").asText()), UUID.fromString(n.get("incidentId").asText()), n.get("summary").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ground truth " + file, e);
        }
    }
}
