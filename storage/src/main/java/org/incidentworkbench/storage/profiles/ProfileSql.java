package org.incidentworkbench.storage.profiles;

import java.util.Set;

/**
 * One piece of SQL in a profile, a relation's template or a session statement, with the
 * extensions it needs and where it is written.
 *
 * @param requires the extension names ({@code pg_extension.extname}) the SQL needs, e.g. "age"
 */
public record ProfileSql(Set<String> requires, SqlTemplate sql, SourceLines lines) {

    public ProfileSql {
        requires = Set.copyOf(requires);
    }

    /** Whether a database with {@code extensions} installed can run it. */
    public boolean fits(Set<String> extensions) {
        return extensions.containsAll(requires);
    }

    /** The file line of the template's first line. */
    public int line() {
        return lines.firstLine();
    }

    /** The file line holding template offset {@code offset}; the first line when outside the template. */
    public int lineAt(int offset) {
        return lines.lineAt(offset);
    }
}
