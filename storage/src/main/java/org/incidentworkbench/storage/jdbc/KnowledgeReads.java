package org.incidentworkbench.storage.jdbc;

import static org.incidentworkbench.storage.schema.Relation.KB_DOCUMENTS;
import static org.incidentworkbench.storage.schema.Relation.KB_EMBEDDINGS;

import java.util.List;
import java.util.function.Consumer;
import org.incidentworkbench.analysis.knowledge.KbDocument;
import org.incidentworkbench.analysis.knowledge.KbEmbedding;
import org.incidentworkbench.analysis.knowledge.KbMatch;
import org.incidentworkbench.analysis.source.Cancellation;

/** Knowledge-base documents and the nearest chunks to a query vector (no vector extension needed). */
final class KnowledgeReads {

    private final String document;

    private final Reader db;
    private final SqlDialect d;
    private final Relations rel;

    KnowledgeReads(Reader db, SqlDialect dialect, Relations relations) {
        this.db = db;
        this.d = dialect;
        this.rel = relations;
        this.document = "d.doc_id, d.kind, d.title, d.content, d.service_name, d.tags, d.source_url, "
                + dialect.micros("d.created_at") + " AS created_us, d.metadata";
    }

    List<KbDocument> documents(Cancellation cancel) {
        return db.list("the knowledge documents", Sql.of("SELECT " + document + " FROM ").relation(rel, KB_DOCUMENTS, "d")
                .add(" ORDER BY " + d.collate("d.title") + ", d.doc_id"), Records::kbDocument, cancel);
    }

    /** For an export: every embedding, streamed, in no particular order. */
    void exportEmbeddings(Consumer<KbEmbedding> sink, Cancellation cancel) {
        db.each("the embeddings", Sql.of("SELECT doc_id, chunk, model, chunk_text, vector FROM ")
                .relation(rel, KB_EMBEDDINGS, "e"), rs -> sink.accept(Records.kbEmbedding(rs)), cancel);
    }

    /**
     * Cosine similarity over the chunks embedded by {@code model} with the query's dimension only:
     * vectors of other models live in other spaces, and ones of another dimension cannot be compared
     * at all. A zero vector has no direction: nothing is near it, and a stored one is left out. The
     * score is widened to double in SQL, so PgJDBC does not parse a float's shortest text.
     */
    List<KbMatch> nearest(float[] vector, String model, int k, Cancellation cancel) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive: " + k);
        }
        if (vector.length == 0) {
            throw new IllegalArgumentException("the query vector is empty");
        }
        if (isZero(vector)) {
            cancel.throwIfCancelled();
            return List.of();
        }
        Sql sql = Sql.of("SELECT " + document + ", e.chunk, e.chunk_text,"
                        + " CAST(e.score AS " + d.doubleType() + ") AS score FROM ("
                        + "SELECT doc_id, chunk, chunk_text, " + d.cosineSimilarity("vector") + " AS score FROM ", vector)
                .relation(rel, KB_EMBEDDINGS, "kb_embeddings")
                .add(" WHERE model = ? AND " + d.arrayLength("vector") + " = ?) e JOIN ", model, (long) vector.length)
                .relation(rel, KB_DOCUMENTS, "d")
                .add(" ON d.doc_id = e.doc_id WHERE e.score IS NOT NULL AND " + d.notNaN("e.score")
                        + " ORDER BY e.score DESC, d.doc_id, e.chunk LIMIT ?", (long) k);
        return db.list("the nearest knowledge documents", sql,
                rs -> new KbMatch(Records.kbDocument(rs), rs.getInt("chunk"), rs.getString("chunk_text"), rs.getDouble("score")),
                cancel);
    }

    private static boolean isZero(float[] vector) {
        for (float f : vector) {
            if (f != 0) {
                return false;
            }
        }
        return true;
    }
}
