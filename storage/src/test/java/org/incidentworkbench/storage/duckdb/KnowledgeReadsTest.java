package org.incidentworkbench.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.incidentworkbench.analysis.knowledge.KbDocument;
import org.incidentworkbench.analysis.knowledge.KbEmbedding;
import org.incidentworkbench.analysis.knowledge.KbMatch;
import org.incidentworkbench.analysis.source.Cancellation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KnowledgeReadsTest {

    @RegisterExtension
    static final ScenarioSnapshot DATA = new ScenarioSnapshot(13);
    static final Cancellation NONE = Cancellation.none();

    @Test
    void documentsAreListedByTitle() {
        assertThat(DATA.source().knowledgeDocuments(NONE)).containsExactlyElementsOf(DATA.scenario().documents.stream()
                .sorted(Comparator.comparing(KbDocument::title)).toList());
    }

    @Test
    void nearestChunksAreRankedByCosineSimilarityAmongTheModelsOwnVectorsOnly() {
        Random r = new Random(99);
        for (String model : List.of(TestScenario.MODEL, TestScenario.OTHER_MODEL)) {
            for (int attempt = 0; attempt < 5; attempt++) {
                float[] query = TestScenarioRecords.vector(r, TestScenario.DIMENSIONS);
                List<KbEmbedding> expected = DATA.scenario().embeddings.stream()
                        .filter(e -> e.model().equals(model) && e.vector().length == query.length)
                        .sorted(Comparator.comparingDouble((KbEmbedding e) -> -cosine(e.vector(), query)))
                        .limit(4).toList();

                List<KbMatch> matches = DATA.source().nearestDocuments(query, model, 4, NONE);

                assertThat(matches).hasSize(4);
                for (int i = 0; i < 4; i++) {
                    KbEmbedding e = expected.get(i);
                    assertThat(matches.get(i).document().id()).isEqualTo(e.documentId());
                    assertThat(matches.get(i).chunk()).isEqualTo(e.chunk());
                    assertThat(matches.get(i).chunkText()).isEqualTo(e.chunkText());
                    assertThat(matches.get(i).score()).isCloseTo(cosine(e.vector(), query), within(1e-5));
                }
            }
        }
    }

    @Test
    void vectorsOfAnotherDimensionAreComparedOnlyWithTheirOwnKind() {
        List<KbMatch> matches = DATA.source().nearestDocuments(new float[] {1, 0, 0, 0}, TestScenario.MODEL, 10, NONE);

        assertThat(matches).extracting(KbMatch::chunkText).containsExactly("short vector");
        assertThat(DATA.source().nearestDocuments(new float[] {1, 2, 3}, TestScenario.MODEL, 10, NONE)).isEmpty();
        assertThat(DATA.source().nearestDocuments(new float[] {1, 0, 0, 0, 0, 0, 0, 0}, "no-such-model", 10, NONE)).isEmpty();
    }

    @Test
    void matchesCarryTheirWholeDocument() {
        KbMatch best = DATA.source().nearestDocuments(new float[] {1, 1, 1, 1, 1, 1, 1, 1}, TestScenario.MODEL, 1, NONE).get(0);

        assertThat(DATA.scenario().documents).contains(best.document());
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
