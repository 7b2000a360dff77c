package org.incidentworkbench.storage.postgres;

import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.SourceInfo;
import org.incidentworkbench.storage.jdbc.SqlIncidentSource;

/**
 * A live PostgreSQL database holding the canonical schema, read as an {@link IncidentSource}; open
 * one with {@link PostgresSources#open}. Every read is one SQL statement aggregated by the server,
 * with bound parameters, in a read-only session of its own (see {@link QueryRunner}), so the source
 * is thread-safe and a cancelled read is stopped on the server. Answers equal the DuckDB engine's
 * for the same data.
 */
public final class PostgresIncidentSource extends SqlIncidentSource {

    private final SourceInfo info;
    private final QueryRunner db;

    PostgresIncidentSource(SourceInfo info, QueryRunner db) {
        super(db, PostgresDialect.INSTANCE);
        this.info = info;
        this.db = db;
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    /** Package access for tests of the query machinery (cancellation of a heavy statement). */
    QueryRunner queries() {
        return db;
    }

    @Override
    public void close() {
        db.close();
    }
}
