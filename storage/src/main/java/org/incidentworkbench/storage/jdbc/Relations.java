package org.incidentworkbench.storage.jdbc;

import java.time.Instant;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.storage.schema.Relation;

/**
 * Where the reads take each canonical {@link Relation} from. The reads add their own filters,
 * aggregation and keyset paging around it, so that logic exists once whatever the database's
 * layout: a snapshot names its tables ({@link #TABLES}); a live source puts its profile's template
 * in as a subquery.
 */
public interface Relations {

    /**
     * The window of a read over a signal relation that has no range of its own (a log record's
     * context, all the metrics of all services): every time a database can hold in practice.
     */
    TimeRange ALL_TIME = new TimeRange(Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("+10000-01-01T00:00:00Z"));

    /** The canonical schema's own tables, by name. */
    Relations TABLES = (sql, relation, window, alias) ->
            sql.add(relation.tableName().equals(alias) ? alias : relation.tableName() + " " + alias);

    /**
     * Appends {@code relation} as a FROM item called {@code alias}. For a signal relation,
     * {@code window} is the range the read filters its time column to; the relation may hold rows
     * outside it (the read filters again) but must hold every row inside it.
     */
    Sql from(Sql sql, Relation relation, TimeRange window, String alias);

    /** Appends {@code relation} whole, as {@code alias}. */
    default Sql from(Sql sql, Relation relation, String alias) {
        return from(sql, relation, ALL_TIME, alias);
    }
}
