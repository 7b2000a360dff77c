package org.incidentworkbench.storage.profiles;

import java.util.EnumMap;
import java.util.Map;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.storage.jdbc.Relations;
import org.incidentworkbench.storage.jdbc.Sql;
import org.incidentworkbench.storage.jdbc.SqlDialect;
import org.incidentworkbench.storage.schema.Relation;

/**
 * A profile's chosen templates as the reads' relations: each goes in as a subquery, its
 * {@code :from}/{@code :to} bound to the read's window. PostgreSQL pulls a plain subquery up into
 * the read, so the read's filters reach the table's indexes as if the read named the table.
 */
final class ProfileRelations implements Relations {

    private final Map<Relation, SqlTemplate> templates = new EnumMap<>(Relation.class);
    private final SqlDialect dialect;

    ProfileRelations(Map<Relation, ProfileSql> chosen, SqlDialect dialect) {
        chosen.forEach((relation, sql) -> templates.put(relation, sql.sql()));
        this.dialect = dialect;
    }

    @Override
    public Sql from(Sql sql, Relation relation, TimeRange window, String alias) {
        sql.add("(");
        templates.get(relation).appendTo(sql, (s, name) -> s.add(dialect.timestamp(),
                TemplateParameter.named(name).orElseThrow().micros(window)));
        // On a line of its own: the template may end in a -- comment.
        return sql.add("\n) " + alias);
    }
}
