package org.incidentworkbench.storage.duckdb;

import java.sql.SQLException;
import org.duckdb.DuckDBAppender;

/** Fills one row's columns, in the order of duckdb-v1.sql. */
@FunctionalInterface
interface RowFiller {
    void fill(DuckDBAppender row) throws SQLException;
}
