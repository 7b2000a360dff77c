package org.incidentworkbench.storage.jdbc;

import java.util.stream.Collectors;
import org.incidentworkbench.storage.schema.ColumnType;
import org.incidentworkbench.storage.schema.Relation;

/**
 * A relation's columns as a select list in the canonical table's order, times as epoch
 * microseconds: the layout an export hands to the snapshot writer row by row, so no value passes
 * through a record or a time zone on its way.
 */
final class CanonicalColumns {

    private CanonicalColumns() {
    }

    static String of(Relation relation, SqlDialect dialect, String alias) {
        return relation.columns().stream()
                .map(c -> c.type() == ColumnType.TIMESTAMPTZ
                        ? dialect.micros(alias + "." + c.name()) + " AS " + c.name()
                        : alias + "." + c.name())
                .collect(Collectors.joining(", "));
    }
}
