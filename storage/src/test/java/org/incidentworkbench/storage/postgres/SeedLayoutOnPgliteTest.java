package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.incidentworkbench.analysis.knowledge.KbEmbedding;
import org.incidentworkbench.analysis.knowledge.KbMatch;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.topology.TopologyEdge;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.duckdb.TestScenario;
import org.incidentworkbench.storage.profiles.SourceProfile;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import org.incidentworkbench.storage.schema.EvidenceSchema;
import org.incidentworkbench.storage.schema.Relation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed-layout profile on a server with pgvector and Apache AGE (PGlite), as the seed declares
 * them: topology from the graph {@code topology} ({@code resource} vertices, {@code link} edges)
 * chosen over the edge table, and {@code kb_docs.embedding vector(768)}. The scenario's 8-dimension
 * vectors are stored padded with zeros to 768, which changes no cosine similarity, and queried the
 * same way; its one 4-dimension vector does not fit the column and is left out.
 */
class SeedLayoutOnPgliteTest {

    @RegisterExtension
    static final PgliteServer PGLITE = new PgliteServer();
    static final Cancellation NONE = Cancellation.none();
    static final int DIMENSIONS = 768;
    static final String GRAPH = "topology";

    @TempDir
    static Path dir;
    static TestScenario scenario;
    static IncidentSource duck;
    static PostgresIncidentSource seed;
    static ProfileCheck check;

    @BeforeAll
    static void load() throws SQLException, IOException {
        scenario = TestScenario.generate(LiveScenario.SEED);
        try (Connection c = PGLITE.admin()) {
            // The incident and change tables the profile reads as they are (idempotent; other tests share them).
            for (String sql : EvidenceSchema.statements(EvidenceSchema.Engine.POSTGRES)) {
                LiveScenario.execute(c, sql);
            }
            SeedLayout.createTables(c);
            LiveScenario.execute(c, "ALTER TABLE kb_docs ALTER COLUMN embedding TYPE vector(" + DIMENSIONS + ")"
                    + " USING CAST(embedding AS vector(" + DIMENSIONS + "))");
            SeedLayout.knowledge(c, scenario, "public", e -> fits(e) ? padded(e.vector()) : null);
            graph(c);
        }
        Path file = dir.resolve("scenario.duckdb");
        scenario.write(file);
        duck = DuckDbSnapshots.open(file);
        SourceProfile profile = new SourceProfiles(dir.resolve("no-user-profiles")).load(SourceProfiles.SEED_LAYOUT);
        seed = PostgresSources.open(PGLITE.target(), profile);
        check = PostgresSources.check(PGLITE.target(), profile);
    }

    /** Whether a scenario vector is of the model's full length (one is truncated: it cannot fill the column). */
    private static boolean fits(KbEmbedding e) {
        return e.vector().length == scenario.embeddings.get(0).vector().length;
    }

    @AfterAll
    static void close() {
        seed.close();
        duck.close();
    }

    @Test
    void theProfileFitsAndReadsTopologyFromTheGraph() throws SQLException {
        assertThat(check.messages()).isEmpty();
        assertThat(check.chosen().get(Relation.TOPOLOGY_EDGES).requires()).containsExactly("age");
        assertThat(check.chosen().get(Relation.KB_EMBEDDINGS).requires()).isEmpty();
        try (Connection c = PGLITE.admin(); PreparedStatement ps = c.prepareStatement("SELECT format_type(atttypid, atttypmod)"
                + " FROM pg_attribute WHERE attrelid = 'kb_docs'::regclass AND attname = 'embedding'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("vector(" + DIMENSIONS + ")");
        }
    }

    @Test
    void topologyFromTheGraphEqualsDuckDbs() {
        assertThat(seed.topology(NONE)).isNotEmpty().isEqualTo(duck.topology(NONE));
    }

    @Test
    void knowledgeFromTheVectorColumnEqualsDuckDbs() {
        assertThat(seed.knowledgeDocuments(NONE)).isEqualTo(duck.knowledgeDocuments(NONE));
        List<KbEmbedding> stored = scenario.embeddings.stream().filter(SeedLayoutOnPgliteTest::fits).toList();
        assertThat(stored).hasSizeGreaterThan(10);
        for (KbEmbedding e : stored) {
            for (String model : List.of(TestScenario.MODEL, TestScenario.OTHER_MODEL)) {
                List<KbMatch> expected = duck.nearestDocuments(e.vector(), model, 4, NONE);
                List<KbMatch> actual = seed.nearestDocuments(padded(e.vector()), model, 4, NONE);
                assertThat(actual).extracting(m -> m.document().id() + "#" + m.chunk() + " " + m.chunkText())
                        .containsExactlyElementsOf(expected.stream()
                                .map(m -> m.document().id() + "#" + m.chunk() + " " + m.chunkText()).toList());
                assertThat(actual.stream().mapToDouble(KbMatch::score).toArray())
                        .containsExactly(expected.stream().mapToDouble(KbMatch::score).toArray(), within(1e-6));
            }
        }
    }

    private static float[] padded(float[] vector) {
        return Arrays.copyOf(vector, DIMENSIONS);
    }

    /** The scenario's edges in graph {@value #GRAPH}, as the storage-design seed draws them. */
    private static void graph(Connection c) throws SQLException {
        c.setAutoCommit(false);
        LiveScenario.execute(c, "LOAD 'age'");
        LiveScenario.execute(c, "SET LOCAL search_path = ag_catalog, public");
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM ag_graph WHERE name = '" + GRAPH + "'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getInt(1) == 0) {
                LiveScenario.execute(c, "SELECT create_graph('" + GRAPH + "')");
            }
        }
        for (TopologyEdge e : scenario.edges) {
            // The scenario's constant names; AGE takes no bind parameters outside prepared statements.
            String origin = TopologyEdge.DECLARED.equals(e.origin()) ? "" : ", origin: '" + e.origin() + "'";
            LiveScenario.execute(c, "SELECT * FROM cypher('" + GRAPH + "', $$ MERGE (a:resource {name: '" + e.source()
                    + "'}) MERGE (b:resource {name: '" + e.target() + "'}) CREATE (a)-[:link {role: '" + e.relation() + "'"
                    + origin + "}]->(b) $$) AS (v agtype)");
        }
        c.commit();
        c.setAutoCommit(true);
    }
}
