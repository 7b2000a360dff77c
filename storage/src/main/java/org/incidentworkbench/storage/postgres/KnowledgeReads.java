package org.incidentworkbench.storage.postgres;

import java.util.List;
import org.incidentworkbench.analysis.knowledge.KbDocument;
import org.incidentworkbench.analysis.knowledge.KbMatch;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.storage.jdbc.Records;

/** Knowledge-base documents and the nearest chunks to a query vector, without pgvector. */
final class KnowledgeReads {

    private static final String DOCUMENT = "d.doc_id, d.kind, d.title, d.content, d.service_name, d.tags, d.source_url, "
            + Sql.micros("d.created_at") + " AS created_us, d.metadata";

    /**
     * Cosine similarity of {@code vector} and the bound query vector over {@code REAL[]}, in single
     * precision and summed in element order, as DuckDB's {@code list_cosine_similarity} computes it
     * on FLOAT lists, so both engines rank ties alike; clamped to [-1, 1] as DuckDB does. A zero
     * vector has no direction: its score is null and it is left out. The score is widened to double
     * in SQL, as DuckDB hands it over; PgJDBC would otherwise parse the float's shortest text.
     */
    private static final String COSINE = "(SELECT greatest(CAST(-1 AS REAL), least(CAST(1 AS REAL),"
            + " sum(a * b) / CAST(NULLIF(sqrt(sum(a * a) * sum(b * b)), 0) AS REAL)))"
            + " FROM unnest(vector, CAST(? AS REAL[])) AS pair(a, b))";

    private final QueryRunner db;

    KnowledgeReads(QueryRunner db) {
        this.db = db;
    }

    List<KbDocument> documents(Cancellation cancel) {
        return db.list("the knowledge documents", Sql.of("SELECT " + DOCUMENT
                + " FROM kb_documents d ORDER BY d.title COLLATE \"C\", d.doc_id"), Records::kbDocument, cancel);
    }

    /** Over the chunks embedded by {@code model} with the query's dimension only: other vectors live in other spaces. */
    List<KbMatch> nearest(float[] vector, String model, int k, Cancellation cancel) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive: " + k);
        }
        if (vector.length == 0) {
            throw new IllegalArgumentException("the query vector is empty");
        }
        Sql sql = Sql.of("SELECT " + DOCUMENT + ", e.chunk, e.chunk_text,"
                        + " CAST(e.score AS DOUBLE PRECISION) AS score FROM ("
                        + "SELECT doc_id, chunk, chunk_text, " + COSINE + " AS score"
                        + " FROM kb_embeddings WHERE model = ? AND cardinality(vector) = ?) e"
                        + " JOIN kb_documents d ON d.doc_id = e.doc_id"
                        + " WHERE e.score IS NOT NULL AND e.score <> 'NaN'"
                        + " ORDER BY e.score DESC, d.doc_id, e.chunk LIMIT ?",
                vector, model, vector.length, (long) k);
        return db.list("the nearest knowledge documents", sql,
                rs -> new KbMatch(Records.kbDocument(rs), rs.getInt("chunk"), rs.getString("chunk_text"), rs.getDouble("score")),
                cancel);
    }
}
