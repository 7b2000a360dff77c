package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.incidentworkbench.analysis.logs.LogCursor;
import org.incidentworkbench.analysis.logs.LogPage;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;

/** Walks a log query page by page (397 records a page, so pages end mid-timestamp) in two engines at once. */
final class LogPagesWalk {

    private LogPagesWalk() {
    }

    /** Every page {@code actual} gives equals {@code expected}'s, to the last; at least one record in all. */
    static void assertSamePagesToTheEnd(IncidentSource expected, IncidentSource actual, LogQuery query) {
        LogCursor cursor = null;
        int records = 0;
        do {
            LogPage page = actual.logs(query, cursor, 397, Cancellation.none());
            assertThat(page).isEqualTo(expected.logs(query, cursor, 397, Cancellation.none()));
            records += page.records().size();
            cursor = page.next().orElse(null);
        } while (cursor != null);
        assertThat(records).isPositive();
    }
}
