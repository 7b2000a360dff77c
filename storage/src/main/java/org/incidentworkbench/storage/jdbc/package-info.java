/**
 * What the SQL engines share: {@link org.incidentworkbench.storage.jdbc.Sql} with bound parameters,
 * one read class per feature (incidents, services, metrics, logs, traces, changes, knowledge)
 * behind {@link org.incidentworkbench.storage.jdbc.SqlIncidentSource}, and the mapping of result
 * rows to domain records. The reads take the canonical relations from
 * {@link org.incidentworkbench.storage.jdbc.Relations}: a snapshot's tables, or a live source's
 * profile templates. Where DuckDB and PostgreSQL spell a read differently, the engine's
 * {@link org.incidentworkbench.storage.jdbc.SqlDialect} supplies the fragment; each engine runs the
 * statements through its own {@link org.incidentworkbench.storage.jdbc.Reader}, which owns
 * connections, cancellation and errors.
 */
package org.incidentworkbench.storage.jdbc;
