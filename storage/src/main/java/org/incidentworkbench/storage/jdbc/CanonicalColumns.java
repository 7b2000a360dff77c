package org.incidentworkbench.storage.jdbc;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.storage.schema.Column;
import org.incidentworkbench.storage.schema.ColumnType;
import org.incidentworkbench.storage.schema.Relation;
import org.incidentworkbench.storage.schema.SignalLayout;

/**
 * What an export's reads share: a relation's columns as a select list in the canonical table's
 * order, times as the engine's reader takes them ({@link SqlDialect#exportTime}), so no value
 * passes through a record or a time zone on its way to the snapshot writer; and the snapshot's row
 * order, so the writer need not sort.
 */
final class CanonicalColumns {

    private CanonicalColumns() {
    }

    /** Appends {@code ORDER BY} the snapshot layout of {@code signal}, text by code point. */
    static Sql orderByLayout(Sql sql, Relation signal, SqlDialect dialect, String alias) {
        Set<String> text = relationText(signal);
        return sql.add(" ORDER BY " + SignalLayout.orderOf(signal).stream()
                .map(c -> text.contains(c) ? dialect.collate(alias + "." + c) : alias + "." + c)
                .collect(Collectors.joining(", ")));
    }

    /** Appends {@code (column in the first range OR column in the second ...)}. */
    static Sql inAnyRange(Sql sql, String column, List<TimeRange> ranges, SqlDialect dialect) {
        sql.add("(");
        for (int i = 0; i < ranges.size(); i++) {
            sql.add(i == 0 ? "" : " OR ").range(column, ranges.get(i), dialect);
        }
        return sql.add(")");
    }

    /** The smallest range holding all of {@code ranges}: the window a profile's template is given. */
    static TimeRange covering(List<TimeRange> ranges) {
        return new TimeRange(ranges.stream().map(TimeRange::start).min(Comparator.naturalOrder()).orElseThrow(),
                ranges.stream().map(TimeRange::end).max(Comparator.naturalOrder()).orElseThrow());
    }

    private static Set<String> relationText(Relation r) {
        return r.columns().stream().filter(c -> c.type() == ColumnType.TEXT).map(Column::name).collect(Collectors.toSet());
    }

    static String of(Relation relation, SqlDialect dialect, String alias) {
        return relation.columns().stream()
                .map(c -> c.type() == ColumnType.TIMESTAMPTZ
                        ? dialect.exportTime(alias + "." + c.name()) + " AS " + c.name()
                        : alias + "." + c.name())
                .collect(Collectors.joining(", "));
    }
}
