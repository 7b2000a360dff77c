package org.incidentworkbench.storage.jdbc;

import java.util.List;
import java.util.Optional;
import org.incidentworkbench.analysis.source.Cancellation;

/** Runs one read: each engine's query runner, which owns connections, cancellation and errors. */
public interface Reader {

    /** Every row of {@code sql} mapped by {@code mapper}; {@code what} names the read in error messages. */
    <T> List<T> list(String what, Sql sql, Rows.Mapper<T> mapper, Cancellation cancel);

    /** The first row of {@code sql}, if any. */
    default <T> Optional<T> first(String what, Sql sql, Rows.Mapper<T> mapper, Cancellation cancel) {
        List<T> rows = list(what, sql, mapper, cancel);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
}
