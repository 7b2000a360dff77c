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

    /** Handles the current row of a result; the result streams, so a handler must not keep the row. */
    @FunctionalInterface
    public interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    /** Every row of {@code ps} mapped by {@code mapper}; throws {@link ReadCancelledException} once cancelled. */
    public static <T> List<T> rows(PreparedStatement ps, Rows.Mapper<T> mapper, Cancellation cancel)
            throws SQLException {
        List<T> rows = new ArrayList<>();
        forEach(ps, rs -> rows.add(mapper.map(rs)), cancel);
        return rows;
    }

    /**
     * Hands every row of {@code ps} to {@code handler} as it arrives, holding none, so a result of any
     * size runs in constant memory; throws {@link ReadCancelledException} once cancelled.
     */
    public static void forEach(PreparedStatement ps, RowHandler handler, Cancellation cancel) throws SQLException {
        Cancellation.Registration stop = cancel.onCancel(() -> cancelQuietly(ps));
        try {
            cancel.throwIfCancelled();
            try (ResultSet rs = ps.executeQuery()) {
                long seen = 0;
                while (rs.next()) {
                    if (seen++ % CHECK_EVERY == 0) {
                        cancel.throwIfCancelled();
                    }
                    handler.handle(rs);
                }
                cancel.throwIfCancelled();
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
