package org.incidentworkbench.storage.duckdb;

import java.util.List;
import org.incidentworkbench.analysis.knowledge.KbDocument;
import org.incidentworkbench.analysis.knowledge.KbMatch;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.storage.jdbc.Records;

/** Knowledge-base documents and the nearest chunks to a query vector. */
final class KnowledgeReads {

    private static final String DOCUMENT = """
            d.doc_id, d.kind, d.title, d.content, d.service_name, d.tags, d.source_url,
            epoch_us(d.created_at) AS created_us, d.metadata""";

    private final QueryRunner db;

    KnowledgeReads(QueryRunner db) {
        this.db = db;
    }

    List<KbDocument> documents(Cancellation cancel) {
        return db.list("the knowledge documents", Sql.of("SELECT " + DOCUMENT + " FROM kb_documents d ORDER BY d.title, d.doc_id"),
                Records::kbDocument, cancel);
    }

    /**
     * Cosine similarity in DuckDB over the chunks embedded by {@code model} only: vectors of other
     * models live in other spaces, and ones of another dimension cannot be compared at all.
     */
    List<KbMatch> nearest(float[] vector, String model, int k, Cancellation cancel) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive: " + k);
        }
        if (vector.length == 0) {
            throw new IllegalArgumentException("the query vector is empty");
        }
        Sql sql = Sql.of("SELECT " + DOCUMENT + ", e.chunk, e.chunk_text, score FROM ("
                        + "SELECT doc_id, chunk, chunk_text, list_cosine_similarity(vector, ?::FLOAT[]) AS score"
                        + " FROM kb_embeddings WHERE model = ? AND len(vector) = ?) e"
                        + " JOIN kb_documents d ON d.doc_id = e.doc_id"
                        + " WHERE e.score IS NOT NULL AND NOT isnan(e.score)"
                        + " ORDER BY e.score DESC, d.doc_id, e.chunk LIMIT ?",
                vector, model, (long) vector.length, (long) k);
        return db.list("the nearest knowledge documents", sql,
                rs -> new KbMatch(Records.kbDocument(rs), rs.getInt("chunk"), rs.getString("chunk_text"), rs.getDouble("score")),
                cancel);
    }

}
