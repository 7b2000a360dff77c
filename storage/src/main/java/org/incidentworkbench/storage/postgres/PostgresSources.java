package org.incidentworkbench.storage.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.analysis.source.SourceInfo;
import org.incidentworkbench.storage.jdbc.Rows;
import org.incidentworkbench.storage.jdbc.Sql;
import org.incidentworkbench.storage.schema.EvidenceSchema;

/** Opens live PostgreSQL sources. */
public final class PostgresSources {

    private PostgresSources() {
    }

    /**
     * Connects to {@code target} and checks that it holds an incident schema this build reads,
     * so a wrong password, an unreachable host or a database without the schema is reported here,
     * each with its own plain message, rather than on the first read.
     *
     * @throws SourceException with a plain message when the database cannot be read as a source
     */
    public static PostgresIncidentSource open(PostgresTarget target) {
        Objects.requireNonNull(target, "target");
        ServerCapabilities capabilities = capabilities(target);
        QueryRunner db = new QueryRunner(target);
        SourceInfo info = db.list("the schema version", Sql.of("SELECT schema_version, writer, "
                        + PostgresDialect.PLAIN.micros("created_at") + " AS created_us, source FROM schema_info"
                        + " ORDER BY schema_version DESC, created_at DESC LIMIT 1"),
                rs -> new SourceInfo("postgres", target.display(), rs.getInt("schema_version"), rs.getString("writer"),
                        Rows.instant(rs, "created_us"), rs.getString("source")), Cancellation.none())
                .stream().findFirst()
                .orElseThrow(() -> new SourceException(target.display() + ": " + PostgresErrors.NO_SCHEMA + "."));
        if (info.schemaVersion() > EvidenceSchema.CURRENT_VERSION) {
            throw new SourceException(target.display() + " holds incident schema version " + info.schemaVersion()
                    + ", newer than this version of Incident Workbench reads (" + EvidenceSchema.CURRENT_VERSION
                    + "). Upgrade Incident Workbench to read it.");
        }
        return new PostgresIncidentSource(info, capabilities, db);
    }

    /**
     * The server's version, extensions and TLS state, read in a session of their own.
     *
     * @throws SourceException with a plain message when the server cannot be reached or logged into
     */
    public static ServerCapabilities capabilities(PostgresTarget target) {
        try (Connection c = target.openSession()) {
            return ServerCapabilities.detect(c);
        } catch (SQLException e) {
            throw PostgresErrors.onRead(target, "the server's version and extensions", e);
        }
    }
}
