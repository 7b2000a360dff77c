package org.incidentworkbench.analysis.knowledge;

/** A document chunk near a query vector; {@code score} is the cosine similarity, 1 the nearest. */
public record KbMatch(KbDocument document, int chunk, String chunkText, double score) {
}
