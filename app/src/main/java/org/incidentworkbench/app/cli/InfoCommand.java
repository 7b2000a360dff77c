package org.incidentworkbench.app.cli;

import java.util.Optional;
import org.incidentworkbench.analysis.logs.LogPage;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.SourceInfo;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.storage.duckdb.DuckDbIncidentSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code workbench info FILE}: what a snapshot is and what it holds. */
@Command(name = "info", description = {
    "Describe a snapshot: schema, writer, source, time covered and rows per table.",
    "The time covered runs from the first to the last log record."})
public final class InfoCommand extends ReadingCommand {

    @Mixin
    private SnapshotFile snapshot;

    @Override
    public Integer call() {
        Details details;
        try (DuckDbIncidentSource source = snapshot.open()) {
            SourceInfo info = source.info();
            Table rows = Table.withColumns("table", "rows");
            source.tableRowCounts(Cancellation.none()).forEach(rows::row);
            details = new Details("tables", rows)
                    .with("file", info.location())
                    .with("schema_version", info.schemaVersion())
                    .with("writer", info.writerVersion())
                    .with("created_at", info.createdAt())
                    .with("source", info.origin())
                    .with("window_start", edgeLog(source, LogQuery.Order.OLDEST_FIRST).map(LogRecord::ts).orElse(null))
                    .with("window_end", edgeLog(source, LogQuery.Order.NEWEST_FIRST).map(LogRecord::ts).orElse(null));
        }
        details.print(output, out());
        return ErrorReporter.OK;
    }

    /** The first log record in {@code order}: one keyset page of one record. */
    private static Optional<LogRecord> edgeLog(DuckDbIncidentSource source, LogQuery.Order order) {
        TimeRange everything = new TimeRange(TimeRangeOptions.EARLIEST, TimeRangeOptions.LATEST);
        LogPage page = source.logs(LogQuery.all(everything).withOrder(order), null, 1, Cancellation.none());
        return page.records().stream().findFirst();
    }
}
