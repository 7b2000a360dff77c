package org.incidentworkbench.storage.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.storage.schema.Relation;

/** Runs one read: each engine's query runner, which owns connections, cancellation and errors. */
public interface Reader {

    /**
     * Hands every row of {@code sql} to {@code handler} as it arrives, holding none, so a result of
     * any size streams; {@code what} names the read in error messages.
     */
    void each(String what, Sql sql, CancellableQuery.RowHandler handler, Cancellation cancel);

    /**
     * Hands every row of {@code sql}, an export read of {@code signal} ({@link CanonicalColumns}), to
     * {@code rows} as plain values ({@link SignalValues}), holding none, as {@link #each} does.
     */
    default void signalRows(String what, Sql sql, Relation signal, Consumer<Object[]> rows, Cancellation cancel) {
        SignalValues values = new SignalValues(signal);
        each(what, sql, rs -> rows.accept(values.read(rs)), cancel);
    }

    /** Every row of {@code sql} mapped by {@code mapper}. */
    default <T> List<T> list(String what, Sql sql, Rows.Mapper<T> mapper, Cancellation cancel) {
        List<T> rows = new ArrayList<>();
        each(what, sql, rs -> rows.add(mapper.map(rs)), cancel);
        return rows;
    }

    /** The first row of {@code sql}, if any. */
    default <T> Optional<T> first(String what, Sql sql, Rows.Mapper<T> mapper, Cancellation cancel) {
        List<T> rows = list(what, sql, mapper, cancel);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
}
