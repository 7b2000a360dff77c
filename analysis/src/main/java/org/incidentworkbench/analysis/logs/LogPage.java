package org.incidentworkbench.analysis.logs;

import java.util.List;
import java.util.Optional;

/** One page of log records and where the next page starts (empty when this was the last). */
public record LogPage(List<LogRecord> records, Optional<LogCursor> next) {

    public LogPage {
        records = List.copyOf(records);
    }
}
