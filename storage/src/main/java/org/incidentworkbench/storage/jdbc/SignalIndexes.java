package org.incidentworkbench.storage.jdbc;

/** Which indexes a source's signal relations have, which decides how an export reads them. */
public enum SignalIndexes {
    /** None known (a snapshot, or a profile over a database's own tables): scan and sort. */
    UNKNOWN,
    /**
     * The canonical PostgreSQL schema's: B-trees on metric points' {@code (service, metric, ts)} and
     * log records' {@code (service, ts, log_id)}, so each series' points or each service's records
     * in a window can be sought instead of the whole table scanned and sorted.
     */
    CANONICAL
}
