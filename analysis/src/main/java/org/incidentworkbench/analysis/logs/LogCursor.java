package org.incidentworkbench.analysis.logs;

import org.incidentworkbench.analysis.time.Micros;

/**
 * A position in a log listing: the (time, id) of the last record of a page. The next page starts
 * strictly after it, so appends elsewhere never shift a page (keyset paging, no OFFSET).
 */
public record LogCursor(long tsMicros, long id) {

    public static LogCursor of(LogRecord r) {
        return new LogCursor(Micros.of(r.ts()), r.id());
    }
}
