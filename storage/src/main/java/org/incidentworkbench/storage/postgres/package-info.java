/**
 * The PostgreSQL engine: a live database holding the canonical incident schema, read through
 * read-only sessions with timeouts, every query cancellable on the server. Mirrors the DuckDB
 * engine's structure ({@code storage.duckdb}): a query runner, {@code Sql} with bound parameters,
 * one read class per feature, and answers equal to the DuckDB engine's for the same data.
 */
package org.incidentworkbench.storage.postgres;
