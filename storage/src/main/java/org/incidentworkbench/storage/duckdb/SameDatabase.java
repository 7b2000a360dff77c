package org.incidentworkbench.storage.duckdb;

import java.sql.SQLException;
import org.duckdb.DuckDBConnection;

/** Further connections that work where a given one does. */
public final class SameDatabase {

    private SameDatabase() {
    }

    /**
     * Another connection to {@code c}'s DuckDB instance, working in the database {@code c} works in.
     * A duplicate starts in the instance's default database, which for a snapshot being written (a
     * file attached to an in-memory instance, {@link SnapshotWriter}) is not the file.
     */
    public static DuckDBConnection duplicate(DuckDBConnection c) throws SQLException {
        DuckDBConnection d = c.duplicate();
        try {
            d.setCatalog(c.getCatalog());
            return d;
        } catch (SQLException e) {
            d.close();
            throw e;
        }
    }
}
