package org.incidentworkbench.storage.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.incidentworkbench.storage.duckdb.SignalRow;
import org.incidentworkbench.storage.duckdb.SnapshotTables;
import org.incidentworkbench.storage.jdbc.CancellableQuery;
import org.incidentworkbench.storage.schema.Relation;
import org.incidentworkbench.storage.schema.SignalLayout;

/**
 * The hash of a snapshot table read back in its canonical order ({@link SnapshotTables#contentQuery}):
 * a signal table's rows go through a {@link SignalDigest}, as an export hashes them while copying,
 * any other table's row texts straight into a {@link TableDigest}.
 */
final class StoredDigest implements CancellableQuery.RowHandler {

    private final TableDigest texts;
    private final SignalRow values;
    private final SignalDigest signal;

    private StoredDigest(TableDigest texts, SignalRow values, SignalDigest signal) {
        this.texts = texts;
        this.values = values;
        this.signal = signal;
    }

    static StoredDigest of(String table) {
        Optional<Relation> signal = SignalLayout.signalOf(table);
        return signal.map(s -> new StoredDigest(null, SignalRow.stored(s), new SignalDigest(s)))
                .orElseGet(() -> new StoredDigest(new TableDigest(), null, null));
    }

    @Override
    public void handle(ResultSet rs) throws SQLException {
        if (signal != null) {
            signal.add(values.read(rs));
        } else {
            texts.add(rs);
        }
    }

    /** The digest of the rows handled; handle nothing after. */
    TableDigest finish() {
        return signal != null ? signal.finish() : texts;
    }
}
