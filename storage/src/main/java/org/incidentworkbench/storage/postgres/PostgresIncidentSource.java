package org.incidentworkbench.storage.postgres;

import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.SourceInfo;
import org.incidentworkbench.storage.jdbc.Relations;
import org.incidentworkbench.storage.jdbc.SignalIndexes;
import org.incidentworkbench.storage.jdbc.SqlIncidentSource;

/**
 * A live PostgreSQL database read as an {@link IncidentSource} through a source profile (the
 * canonical schema's, or one for the database's own tables); open one with
 * {@link PostgresSources#open}. Every read is one SQL statement aggregated by the server, with
 * bound parameters, in a read-only session of its own (see {@link QueryRunner}), so the source is
 * thread-safe and a cancelled read is stopped on the server. Answers equal the DuckDB engine's for
 * the same data.
 */
public final class PostgresIncidentSource extends SqlIncidentSource {

    private final SourceInfo info;
    private final ServerCapabilities capabilities;
    private final QueryRunner db;

    PostgresIncidentSource(SourceInfo info, ServerCapabilities capabilities, QueryRunner db, Relations relations,
                           SignalIndexes indexes) {
        super(db, PostgresDialect.of(capabilities), relations, indexes);
        this.info = info;
        this.capabilities = capabilities;
        this.db = db;
    }

    /** What the server is and which extensions the reads may use, as detected on opening. */
    public ServerCapabilities capabilities() {
        return capabilities;
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
