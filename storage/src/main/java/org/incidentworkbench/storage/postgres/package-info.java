/**
 * The PostgreSQL engine: a live database holding the canonical incident schema, read through
 * read-only sessions with timeouts, every query cancellable on the server. Mirrors the DuckDB
 * engine's structure ({@code storage.duckdb}): a query runner, {@code Sql} with bound parameters,
 * one read class per feature, and answers equal to the DuckDB engine's for the same data. Text sort
 * keys are ordered {@code COLLATE "C"} (by code point, as DuckDB orders), so a server's own
 * collation cannot change an order. Case-insensitive search uses the server's {@code lower()},
 * which folds non-ASCII letters only in a database with a UTF-8 ctype.
 */
package org.incidentworkbench.storage.postgres;
