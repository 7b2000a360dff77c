/**
 * The PostgreSQL engine: a live database read through a source profile ({@code storage.profiles};
 * the canonical schema's by default), checked against the server on connect, in read-only sessions
 * with timeouts, every query cancellable on the server. The reads are shared
 * with the DuckDB engine ({@code storage.jdbc}); {@code PostgresDialect} spells them so the answers
 * equal the DuckDB engine's for the same data (text sort keys {@code COLLATE "C"}, percentiles
 * from sorted arrays, cosine similarity over {@code REAL[]} or, with pgvector, its {@code <=>}).
 * Case-insensitive search uses the server's {@code lower()}, which folds non-ASCII letters only in
 * a database with a UTF-8 ctype.
 *
 * <p>Two explicit write paths, each one transaction on a writer session: {@code SchemaInit}
 * ({@code workbench db init}) creates or checks the schema, and {@code SnapshotLoader} streams a
 * snapshot into it with binary {@code COPY}.
 */
package org.incidentworkbench.storage.postgres;
