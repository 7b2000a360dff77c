package org.incidentworkbench.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.incidentworkbench.analysis.knowledge.KbDocument;
import org.incidentworkbench.analysis.knowledge.KbEmbedding;
import org.incidentworkbench.analysis.knowledge.KbMatch;
import org.incidentworkbench.analysis.source.Cancellation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeReadsTest {

    @TempDir
    static Path dir;
    static TestScenario scenario;
    static DuckDbIncidentSource source;
    static final Cancellation NONE = Cancellation.none();

    @BeforeAll
    static void openScenario() {
        scenario = TestScenario.generate(13);
        scenario.write(dir.resolve("knowledge.duckdb"));
        source = DuckDbSnapshots.open(dir.resolve("knowledge.duckdb"));
    }

    @AfterAll
    static void closeSource() {
        source.close();
    }

    @Test
    void documentsAreListedByTitle() {
        assertThat(source.knowledgeDocuments(NONE)).containsExactlyElementsOf(scenario.documents.stream()
                .sorted(Comparator.comparing(KbDocument::title)).toList());
    }

    @Test
    void nearestChunksAreRankedByCosineSimilarityAmongTheModelsOwnVectorsOnly() {
        Random r = new Random(99);
        for (String model : List.of(TestScenario.MODEL, TestScenario.OTHER_MODEL)) {
            for (int attempt = 0; attempt < 5; attempt++) {
                float[] query = TestScenarioRecords.vector(r, TestScenario.DIMENSIONS);
                List<KbEmbedding> expected = scenario.embeddings.stream()
                        .filter(e -> e.model().equals(model) && e.vector().length == query.length)
                        .sorted(Comparator.comparingDouble((KbEmbedding e) -> -cosine(e.vector(), query)))
                        .limit(4).toList();

                List<KbMatch> matches = source.nearestDocuments(query, model, 4, NONE);

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
        List<KbMatch> matches = source.nearestDocuments(new float[] {1, 0, 0, 0}, TestScenario.MODEL, 10, NONE);

        assertThat(matches).extracting(KbMatch::chunkText).containsExactly("short vector");
        assertThat(source.nearestDocuments(new float[] {1, 2, 3}, TestScenario.MODEL, 10, NONE)).isEmpty();
        assertThat(source.nearestDocuments(new float[] {1, 0, 0, 0, 0, 0, 0, 0}, "no-such-model", 10, NONE)).isEmpty();
    }

    @Test
    void matchesCarryTheirWholeDocument() {
        KbMatch best = source.nearestDocuments(new float[] {1, 1, 1, 1, 1, 1, 1, 1}, TestScenario.MODEL, 1, NONE).get(0);

        assertThat(scenario.documents).contains(best.document());
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
