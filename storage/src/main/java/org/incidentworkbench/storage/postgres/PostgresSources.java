package org.incidentworkbench.storage.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.analysis.source.SourceInfo;
import org.incidentworkbench.storage.jdbc.Rows;
import org.incidentworkbench.storage.jdbc.SignalIndexes;
import org.incidentworkbench.storage.jdbc.Sql;
import org.incidentworkbench.storage.profiles.SourceProfile;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import org.incidentworkbench.storage.schema.EvidenceSchema;

/** Opens live PostgreSQL sources, and checks source profiles against them. */
public final class PostgresSources {

    private PostgresSources() {
    }

    /** A database holding the canonical schema: {@link #open(PostgresTarget, SourceProfile)} with the canonical profile. */
    public static PostgresIncidentSource open(PostgresTarget target) {
        return open(target, SourceProfiles.canonical());
    }

    /**
     * Connects to {@code target} and checks that {@code profile} fits it (every template parsed and
     * planned by the server, its columns compared with the canonical ones), so a wrong password, an
     * unreachable host, a database without an incident schema or a broken profile is reported
     * here, each with its own plain message, rather than on the first read. A database read
     * through the canonical profile must also carry a schema version this build reads.
     *
     * @throws org.incidentworkbench.storage.profiles.ProfileException listing every problem of a profile that does not fit
     * @throws SourceException with a plain message when the database cannot be read as a source
     */
    public static PostgresIncidentSource open(PostgresTarget target, SourceProfile profile) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(profile, "profile");
        ProfileCheck check = check(target, profile);
        ServerCapabilities capabilities = check.server();
        QueryRunner db = new QueryRunner(target, profile.session(capabilities.installed().keySet()).stream()
                .map(s -> s.sql().alone().jdbcText()).toList());
        SourceInfo info = profile.canonical() ? schemaInfo(target, db)
                : new SourceInfo("postgres", target.display(), EvidenceSchema.CURRENT_VERSION,
                        "source profile \"" + profile.name() + "\"", null, profile.origin());
        check.requireOk();
        return new PostgresIncidentSource(info, capabilities, db,
                profile.relations(capabilities.installed().keySet(), PostgresDialect.PLAIN),
                profile.canonical() ? SignalIndexes.CANONICAL : SignalIndexes.UNKNOWN);
    }

    /**
     * Whether {@code profile} fits the database at {@code target}, without opening it as a source:
     * what a "Test connection" shows. A profile that does not fit is reported in the result, not
     * thrown; the schema version of a canonical database is checked only by {@link #open}.
     *
     * @throws SourceException with a plain message when the server cannot be reached or logged into
     */
    public static ProfileCheck check(PostgresTarget target, SourceProfile profile) {
        try (Connection c = target.openSession()) {
            return ProfileChecker.check(c, profile, ServerCapabilities.detect(c));
        } catch (SQLException e) {
            throw PostgresErrors.onRead(target, "the server's version and extensions", e);
        }
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

    /** What {@code workbench db init} stamped in the database; a version this build reads. */
    private static SourceInfo schemaInfo(PostgresTarget target, QueryRunner db) {
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
        return info;
    }
}
