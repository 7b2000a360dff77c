package org.incidentworkbench.storage.jdbc;

/** Which indexes a source's signal relations have, which decides how an export reads them. */
public enum SignalIndexes {
    /** None known (a snapshot, or a profile over a database's own tables): scan and sort. */
    UNKNOWN,
    /**
     * The canonical PostgreSQL schema's: a B-tree on metric points' {@code (service, metric, ts)},
     * so each series' points in a window can be sought instead of the whole table scanned.
     */
    CANONICAL
}
