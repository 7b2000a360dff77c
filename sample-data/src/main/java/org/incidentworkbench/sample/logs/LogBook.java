package org.incidentworkbench.sample.logs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.storage.duckdb.SnapshotWriter;

/**
 * Collects the lines of every generator and writes them with ids increasing in time order, as a
 * log store assigns them on ingest. Lines with the same timestamp keep the order they were added
 * in, so ids are reproducible.
 */
public final class LogBook {

    private final List<LogLine> lines = new ArrayList<>();

    public void addAll(List<LogLine> more) {
        lines.addAll(more);
    }

    /** Writes every line; returns how many. */
    public long writeTo(SnapshotWriter out) {
        lines.sort(Comparator.comparingLong(LogLine::tsMicros));
        long id = 0;
        for (LogLine l : lines) {
            out.addLogRecord(new LogRecord(++id, Micros.toInstant(l.tsMicros()), l.service(), l.severity(), l.body(),
                    l.traceId(), l.spanId(), l.attributes()));
        }
        return id;
    }
}
