package org.incidentworkbench.storage.duckdb;

import java.util.List;
import org.incidentworkbench.storage.jdbc.SignalValues;

/** Rows a writer pulls a batch at a time, each as {@link SignalValues} reads it. */
@FunctionalInterface
public interface RowBatches {

    /** The next rows, in order; empty once there are no more (and on every call after). */
    List<Object[]> next();
}
