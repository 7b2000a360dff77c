package org.incidentworkbench.storage.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentworkbench.storage.profiles.ProfileProblem;
import org.incidentworkbench.storage.profiles.ProfileSql;
import org.incidentworkbench.storage.profiles.SourceProfile;
import org.incidentworkbench.storage.profiles.SqlTemplate;
import org.incidentworkbench.storage.schema.Column;
import org.incidentworkbench.storage.schema.Relation;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Checks a profile against a server without reading any data: runs its session statements, then
 * has the server parse, plan and start each chosen template under {@code LIMIT 0} (the executor
 * never asks it for a row) and compares the columns it returns with the canonical ones. A server
 * error's position is mapped back to the profile file's line.
 *
 * <p>Executed rather than only described ({@code getMetaData()} on a prepared statement): PgJDBC
 * describes through a named server-side statement, which outlives the session behind a pooler in
 * transaction mode (PgBouncer) and then collides with the next session's; an executed statement
 * is unnamed, as every read's is.
 */
final class ProfileChecker {

    /** Each template is run as the reads compose it: a subquery, its window bounds typed as they are bound. */
    private static final String PREFIX = "SELECT * FROM (\n";
    private static final String WINDOW_BOUND = "CAST(NULL AS TIMESTAMPTZ)";
    private static final String SUFFIX = " LIMIT 0";
    private static final String UNDEFINED_TABLE = "42P01";

    private ProfileChecker() {
    }

    /** Checks {@code profile} in session {@code c}, which it leaves set up as the profile's sessions are. */
    static ProfileCheck check(Connection c, SourceProfile profile, ServerCapabilities server) {
        Set<String> extensions = server.installed().keySet();
        List<ProfileProblem> problems = new ArrayList<>();
        for (ProfileSql statement : profile.session(extensions)) {
            SqlTemplate.Prepared prepared = statement.sql().alone();
            try (PreparedStatement ps = c.prepareStatement(prepared.jdbcText())) {
                ps.execute();
            } catch (SQLException e) {
                problems.add(problem(profile, "session", statement, prepared.templateOffset(position(e)), e));
            }
        }
        Map<Relation, ProfileSql> chosen = new EnumMap<>(Relation.class);
        Map<Relation, ProfileProblem> relationProblems = new LinkedHashMap<>();
        int missingTables = 0;
        for (Relation r : Relation.values()) {
            ProfileSql template = profile.template(r, extensions).orElse(null);
            if (template == null) {
                relationProblems.put(r, profile.problem(r.tableName(), profile.templates(r).get(0).line(),
                        "no template fits this server: each needs an extension it lacks (installed: "
                                + (extensions.isEmpty() ? "none" : String.join(", ", extensions)) + ")"));
                continue;
            }
            chosen.put(r, template);
            SqlTemplate.Prepared prepared = template.sql().prepared(PREFIX, WINDOW_BOUND, "\n) AS " + r.tableName() + SUFFIX);
            try (PreparedStatement ps = c.prepareStatement(prepared.jdbcText()); ResultSet none = ps.executeQuery()) {
                String wrong = columnProblems(r, none.getMetaData());
                if (wrong != null) {
                    relationProblems.put(r, profile.problem(r.tableName(), template.line(), wrong));
                }
            } catch (SQLException e) {
                missingTables += UNDEFINED_TABLE.equals(e.getSQLState()) ? 1 : 0;
                relationProblems.put(r, problem(profile, r.tableName(), template, prepared.templateOffset(position(e)), e));
            }
        }
        if (missingTables == Relation.values().length) {
            // Nothing of the layout is there: one plain sentence says more than a missing table per relation.
            problems.add(profile.problem(null, 0, "none of the tables it reads exist in this database, so "
                    + PostgresErrors.NO_SCHEMA));
        } else {
            problems.addAll(relationProblems.values());
        }
        return new ProfileCheck(profile, server, chosen, problems);
    }

    /** What is wrong with the columns a template returns, or null when they are the canonical ones. */
    private static String columnProblems(Relation r, ResultSetMetaData md) throws SQLException {
        Map<String, String> returned = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            if (returned.put(md.getColumnLabel(i), md.getColumnTypeName(i)) != null) {
                wrong.add("column \"" + md.getColumnLabel(i) + "\" is returned twice");
            }
        }
        for (Column column : r.columns()) {
            String type = returned.remove(column.name());
            if (type == null) {
                wrong.add("no column \"" + column.name() + "\" (" + column.type().sqlName() + ")");
            } else if (!column.type().acceptsPostgres(type)) {
                wrong.add("column \"" + column.name() + "\" is " + type + ", which does not read as "
                        + column.type().sqlName() + " (cast it: CAST(... AS " + column.type().sqlName() + "))");
            }
        }
        returned.keySet().forEach(extra -> wrong.add("column \"" + extra + "\" is not one of " + r.tableName() + "'s"));
        if (wrong.isEmpty()) {
            return null;
        }
        return String.join("; ", wrong) + " (" + r.tableName() + " returns "
                + String.join(", ", r.columns().stream().map(Column::name).toList()) + ")";
    }

    /** The server's message (and hint), at the profile line of the template offset it points to. */
    private static ProfileProblem problem(SourceProfile profile, String part, ProfileSql sql, int offset, SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String message = server == null || server.getMessage() == null ? PostgresErrors.firstLine(e) : server.getMessage();
        if (server != null && server.getHint() != null) {
            message += " (hint: " + server.getHint() + ")";
        }
        return profile.problem(part, sql.lineAt(offset), message);
    }

    private static int position(SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        return server == null ? 0 : server.getPosition();
    }
}
