package org.incidentworkbench.analysis.knowledge;

import java.util.UUID;

/**
 * The vector of one chunk of a document, and the model that made it. Vectors of different models
 * are never compared.
 */
public record KbEmbedding(UUID documentId, int chunk, String model, String chunkText, float[] vector) {
}
