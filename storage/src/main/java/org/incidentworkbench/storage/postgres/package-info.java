/**
 * The PostgreSQL engine: a live database holding the canonical incident schema, read through
 * read-only sessions with timeouts, every query cancellable on the server. The reads are shared
 * with the DuckDB engine ({@code storage.jdbc}); {@code PostgresDialect} spells them so the answers
 * equal the DuckDB engine's for the same data (text sort keys {@code COLLATE "C"}, percentiles
 * from sorted arrays, cosine similarity over {@code REAL[]} or, with pgvector, its {@code <=>}).
 * Case-insensitive search uses the server's {@code lower()}, which folds non-ASCII letters only in
 * a database with a UTF-8 ctype.
 */
package org.incidentworkbench.storage.postgres;
