package org.incidentworkbench.analysis.logs;

import java.util.List;

/** A record with the records just before and after it from the same service, each list in time order. */
public record LogContext(LogRecord anchor, List<LogRecord> before, List<LogRecord> after) {

    public LogContext {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
