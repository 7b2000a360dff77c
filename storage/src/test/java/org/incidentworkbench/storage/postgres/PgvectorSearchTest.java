package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.incidentworkbench.analysis.knowledge.KbDocument;
import org.incidentworkbench.analysis.knowledge.KbEmbedding;
import org.incidentworkbench.analysis.knowledge.KbMatch;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.SourceInfo;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.duckdb.TestScenario;
import org.incidentworkbench.storage.jdbc.Reader;
import org.incidentworkbench.storage.jdbc.Relations;
import org.incidentworkbench.storage.jdbc.SignalIndexes;
import org.incidentworkbench.storage.jdbc.CancellableQuery;
import org.incidentworkbench.storage.jdbc.Sql;
import org.incidentworkbench.storage.jdbc.SqlIncidentSource;
import org.incidentworkbench.storage.schema.EvidenceSchema;
import org.incidentworkbench.storage.schema.EvidenceSchema.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Knowledge search in the database with pgvector (on PGlite, the server that has it): the canonical
 * schema derives the {@code embedding} vector column, the search runs on pgvector's cosine distance,
 * and it answers as the DuckDB engine does for the same scenario.
 */
class PgvectorSearchTest {

    @RegisterExtension
    static final PgliteServer PGLITE = new PgliteServer();
    static final Cancellation NONE = Cancellation.none();
    static final double SCORE_TOLERANCE = 1e-6;
    static final String ZERO = "zero vector";

    @TempDir
    static Path dir;
    static TestScenario scenario;
    static IncidentSource duck;
    static PostgresIncidentSource pg;

    @BeforeAll
    static void load() throws SQLException, IOException {
        scenario = TestScenario.generate(LiveScenario.SEED);
        // A stored vector without direction, which no engine may rank.
        scenario.embeddings.add(new KbEmbedding(scenario.documents.get(0).id(), 9, TestScenario.MODEL, ZERO,
                new float[scenario.embeddings.get(0).vector().length]));
        try (Connection c = PGLITE.admin()) {
            // Twice: the schema script is idempotent, its pgvector block included.
            for (int pass = 0; pass < 2; pass++) {
                for (String sql : EvidenceSchema.statements(Engine.POSTGRES)) {
                    LiveScenario.execute(c, sql);
                }
            }
            insertKnowledge(c);
            LiveScenario.execute(c, "INSERT INTO schema_info (schema_version, writer, source) VALUES ("
                    + EvidenceSchema.CURRENT_VERSION + ", 'PgvectorSearchTest', 'seed " + LiveScenario.SEED + "')");
        }
        Path file = dir.resolve("scenario.duckdb");
        scenario.write(file);
        duck = DuckDbSnapshots.open(file);
        pg = PostgresSources.open(PGLITE.target());
    }

    @AfterAll
    static void close() {
        pg.close();
        duck.close();
    }

    @Test
    void theSchemaDerivesAVectorColumnEqualToTheRealArray() throws SQLException {
        try (Connection c = PGLITE.admin()) {
            assertThat(single(c, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                    + " WHERE attrelid = 'kb_embeddings'::regclass AND attname = 'embedding'")).isEqualTo("vector");
            assertThat(single(c, "SELECT count(*) FROM kb_embeddings")).isEqualTo(String.valueOf(scenario.embeddings.size()));
            assertThat(single(c, "SELECT count(*) FROM kb_embeddings WHERE embedding IS DISTINCT FROM CAST(vector AS vector)"))
                    .isEqualTo("0");
        }
    }

    @Test
    void nearestDocumentsWithPgvectorEqualDuckDbsPerModelAndK() {
        assertThat(pg.capabilities().pgvector()).isTrue();
        assertThat(pg.nearestDocuments(scenario.embeddings.get(0).vector(), TestScenario.MODEL, 3, NONE)).hasSize(3);
        sameAsDuckDb(pg);
    }

    @Test
    void zeroVectorsMatchNothingInEitherEngine() {
        float[] zero = new float[scenario.embeddings.get(0).vector().length];
        float[] ones = new float[zero.length];
        Arrays.fill(ones, 1);
        for (IncidentSource source : List.of(duck, pg)) {
            assertThat(source.nearestDocuments(zero, TestScenario.MODEL, 100, NONE)).isEmpty();
            assertThat(source.nearestDocuments(ones, TestScenario.MODEL, 100, NONE)).isNotEmpty()
                    .extracting(KbMatch::chunkText).doesNotContain(ZERO);
        }
    }

    /** Without the extension (the dialect a server without pgvector gets), PostgreSQL 18 answers alike too. */
    @Test
    void nearestDocumentsOverRealArraysEqualDuckDbsOnTheSameServer() {
        ServerCapabilities withPgvector = pg.capabilities();
        ServerCapabilities without = new ServerCapabilities(withPgvector.version(), withPgvector.versionNumber(),
                Map.of(), Set.of(), false);
        try (PostgresIncidentSource plain = new PostgresIncidentSource(pg.info(), without,
                new QueryRunner(PGLITE.target(), List.of()), Relations.TABLES, SignalIndexes.CANONICAL)) {
            sameAsDuckDb(plain);
        }
    }

    @Test
    void theSearchRunsOnPgvectorsCosineDistanceOnlyWhenTheDatabaseHasIt() {
        float[] query = scenario.embeddings.get(0).vector();
        assertThat(plan(PostgresDialect.of(pg.capabilities()), query)).contains("<=>");
        assertThat(plan(PostgresDialect.PLAIN, query)).doesNotContain("<=>").contains("unnest");
    }

    /** {@code source}'s nearest documents equal DuckDB's for many queries, models and k: same order, documents and chunks, scores within {@value #SCORE_TOLERANCE}. */
    private static void sameAsDuckDb(IncidentSource source) {
        for (float[] q : queries()) {
            for (String model : List.of(TestScenario.MODEL, TestScenario.OTHER_MODEL, "no-such-model")) {
                for (int k : List.of(1, 3, 100)) {
                    List<KbMatch> expected = duck.nearestDocuments(q, model, k, NONE);
                    List<KbMatch> actual = source.nearestDocuments(q, model, k, NONE);
                    String read = "nearest " + k + " of " + model + " to " + Arrays.toString(q);
                    assertThat(actual.stream().map(m -> m.document().id() + "#" + m.chunk() + " " + m.chunkText())).as(read)
                            .containsExactlyElementsOf(expected.stream()
                                    .map(m -> m.document().id() + "#" + m.chunk() + " " + m.chunkText()).toList());
                    assertThat(actual.stream().mapToDouble(KbMatch::score).toArray()).as(read)
                            .containsExactly(expected.stream().mapToDouble(KbMatch::score).toArray(), within(SCORE_TOLERANCE));
                }
            }
        }
    }

    /** Every stored vector (each its own nearest), random ones, one of another dimension and the zero vector. */
    private static List<float[]> queries() {
        List<float[]> queries = new ArrayList<>(scenario.embeddings.stream().map(KbEmbedding::vector).toList());
        int dim = queries.get(0).length;
        Random random = new Random(5);
        for (int i = 0; i < 5; i++) {
            float[] v = new float[dim];
            for (int j = 0; j < dim; j++) {
                v[j] = (float) random.nextGaussian();
            }
            queries.add(v);
        }
        queries.add(new float[] {1, 2, 3});
        queries.add(new float[dim]);
        return queries;
    }

    /** The plan of the nearest-documents read in {@code dialect}: its own statement, bound, under EXPLAIN. */
    private static String plan(PostgresDialect dialect, float[] query) {
        StringBuilder plan = new StringBuilder();
        Reader explain = new Reader() {
            @Override
            public void each(String what, Sql sql, CancellableQuery.RowHandler handler, Cancellation cancel) {
                try (Connection c = PGLITE.admin();
                        PreparedStatement ps = c.prepareStatement("EXPLAIN (VERBOSE, COSTS OFF) " + sql.text())) {
                    sql.bind(ps, dialect);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            plan.append(rs.getString(1)).append('\n');
                        }
                    }
                } catch (SQLException e) {
                    throw new AssertionError(e);
                }
            }
        };
        try (SqlIncidentSource source = new SqlIncidentSource(explain, dialect, Relations.TABLES, SignalIndexes.UNKNOWN) {
            @Override
            public SourceInfo info() {
                return pg.info();
            }

            @Override
            public void close() {
            }
        }) {
            source.nearestDocuments(query, TestScenario.MODEL, 3, NONE);
        }
        return plan.toString();
    }

    /** The scenario's knowledge tables, row by row: PGlite's socket server breaks off {@code COPY FROM STDIN}. */
    private static void insertKnowledge(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kb_documents (doc_id, kind, title, content, service_name,"
                + " tags, source_url, created_at, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))")) {
            for (KbDocument d : scenario.documents) {
                ps.setObject(1, d.id());
                ps.setString(2, d.kind());
                ps.setString(3, d.title());
                ps.setString(4, d.content());
                ps.setString(5, d.serviceName());
                ps.setArray(6, c.createArrayOf("text", d.tags().toArray()));
                ps.setString(7, d.sourceUrl());
                ps.setObject(8, d.createdAt().atOffset(ZoneOffset.UTC));
                ps.setString(9, d.metadataJson());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO kb_embeddings (doc_id, chunk, model, chunk_text, vector) VALUES (?, ?, ?, ?, ?)")) {
            for (KbEmbedding e : scenario.embeddings) {
                ps.setObject(1, e.documentId());
                ps.setInt(2, e.chunk());
                ps.setString(3, e.model());
                ps.setString(4, e.chunkText());
                Float[] boxed = new Float[e.vector().length];
                for (int i = 0; i < boxed.length; i++) {
                    boxed[i] = e.vector()[i];
                }
                ps.setArray(5, c.createArrayOf("float4", boxed));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
