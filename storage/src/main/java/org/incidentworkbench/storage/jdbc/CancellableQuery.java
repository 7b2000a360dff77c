package org.incidentworkbench.storage.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.ReadCancelledException;

/**
 * Runs one prepared query under a {@link Cancellation}, the same way in every engine: cancelling
 * calls {@code Statement.cancel()} so the server stops the work; the token is also checked before
 * executing and every {@value #CHECK_EVERY} mapped rows, because a cancel can land just before the
 * statement starts, when the engine has nothing to stop yet.
 */
public final class CancellableQuery {

    private static final int CHECK_EVERY = 1024;

    private CancellableQuery() {
    }

    /** Every row of {@code ps} mapped by {@code mapper}; throws {@link ReadCancelledException} once cancelled. */
    public static <T> List<T> rows(PreparedStatement ps, Rows.Mapper<T> mapper, Cancellation cancel)
            throws SQLException {
        Cancellation.Registration stop = cancel.onCancel(() -> cancelQuietly(ps));
        try {
            cancel.throwIfCancelled();
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    if (rows.size() % CHECK_EVERY == 0) {
                        cancel.throwIfCancelled();
                    }
                    rows.add(mapper.map(rs));
                }
                cancel.throwIfCancelled();
                return rows;
            }
        } finally {
            stop.close();
        }
    }

    /**
     * A driver error raised because the read was cancelled is a cancellation, not a failure to show:
     * the {@link ReadCancelledException} to throw, or null when the read was not cancelled.
     */
    public static ReadCancelledException cancellation(SQLException e, Cancellation cancel) {
        if (!cancel.isCancelled()) {
            return null;
        }
        ReadCancelledException cancelled = new ReadCancelledException();
        cancelled.initCause(e);
        return cancelled;
    }

    private static void cancelQuietly(PreparedStatement ps) {
        try {
            ps.cancel();
        } catch (SQLException alreadyDone) {
            // the statement finished or closed meanwhile: nothing left to stop
        }
    }
}
