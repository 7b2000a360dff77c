package org.incidentworkbench.storage.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.incidentworkbench.storage.duckdb.SnapshotTables;
import org.incidentworkbench.storage.jdbc.CancellableQuery;
import org.incidentworkbench.storage.jdbc.SignalValues;
import org.incidentworkbench.storage.schema.Relation;
import org.incidentworkbench.storage.schema.SignalLayout;

/**
 * The hash of a snapshot table read back in its canonical order ({@link SnapshotTables#contentQuery}):
 * a signal table's rows go through a {@link SignalDigest}, as an export hashes them while copying,
 * any other table's row texts straight into a {@link TableDigest}.
 */
final class StoredDigest implements CancellableQuery.RowHandler {

    private final CancellableQuery.RowHandler feed;
    private final Supplier<TableDigest> digest;

    private StoredDigest(CancellableQuery.RowHandler feed, Supplier<TableDigest> digest) {
        this.feed = feed;
        this.digest = digest;
    }

    static StoredDigest of(String table) {
        return SignalLayout.signalOf(table).map(StoredDigest::ofSignal).orElseGet(() -> {
            TableDigest texts = new TableDigest();
            return new StoredDigest(texts::add, () -> texts);
        });
    }

    private static StoredDigest ofSignal(Relation signal) {
        SignalValues values = new SignalValues(signal);
        SignalDigest rows = new SignalDigest(signal);
        return new StoredDigest(rs -> rows.add(values.read(rs)), rows::finish);
    }

    @Override
    public void handle(ResultSet rs) throws SQLException {
        feed.handle(rs);
    }

    /** The digest of the rows handled; handle nothing after. */
    TableDigest finish() {
        return digest.get();
    }
}
