package org.incidentworkbench.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.incidentworkbench.analysis.logs.LogCursor;
import org.incidentworkbench.analysis.logs.LogPage;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code workbench logs SOURCE [filters]}: one page of log records and the cursor of the next. */
@Command(name = "logs", description = {
    "Print one page of log records, oldest first, and the cursor of the next page.",
    "Without --from/--to it covers all the data of the source."})
public final class LogsCommand extends ReadingCommand {

    @Mixin
    private SourceArgument sourceArgument;

    private final SourceProfiles profiles;

    public LogsCommand(SourceProfiles profiles) {
        this.profiles = profiles;
    }

    @Mixin
    private TimeRangeOptions range;

    @Option(names = "--service", split = ",", paramLabel = "NAME", description = "Only these services (repeatable or comma-separated).")
    private List<String> services = new ArrayList<>();

    @Option(names = "--severity", split = ",", converter = SeverityArgument.class, paramLabel = "LEVEL",
            description = "Only these severities: trace, debug, info, warn, error, fatal (repeatable or comma-separated).")
    private List<Severity> severities = new ArrayList<>();

    @Option(names = "--text", paramLabel = "TEXT", description = "Only records whose body contains TEXT, ignoring case.")
    private String text;

    @Option(names = "--trace", paramLabel = "ID", description = "Only records of this trace.")
    private String traceId;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "Records per page (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--after", converter = CursorArgument.class, paramLabel = "CURSOR",
            description = "Start after this cursor, as printed after the previous page.")
    private LogCursor after;

    @Option(names = "--newest-first", description = "Newest records first.")
    private boolean newestFirst;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 100_000) {
            throw new ParameterException(spec.commandLine(), "--limit must be between 1 and 100000");
        }
        LogQuery query = new LogQuery(range.resolve(spec), new LinkedHashSet<>(services), severitySet(), text, traceId, null,
                newestFirst ? LogQuery.Order.NEWEST_FIRST : LogQuery.Order.OLDEST_FIRST);
        LogPage page;
        try (IncidentSource source = sourceArgument.open(profiles)) {
            page = source.logs(query, after, limit, Cancellation.none());
        }
        print(page);
        return ErrorReporter.OK;
    }

    private Set<Severity> severitySet() {
        return severities.isEmpty() ? Set.of() : EnumSet.copyOf(severities);
    }

    /** The next cursor goes where it does not spoil the format: after the table, into the JSON, or to stderr beside CSV. */
    private void print(LogPage page) {
        Table table = Table.withColumns("id", "ts", "severity", "service", "trace_id", "body");
        for (LogRecord r : page.records()) {
            table.row(r.id(), r.ts(), r.severity().name(), r.service(), r.traceId(), r.body());
        }
        String next = page.next().map(CursorArgument::format).orElse(null);
        PrintWriter out = out();
        TableWriter writer = output.tableWriter();
        switch (output.format()) {
            case TABLE -> {
                writer.write(table, out);
                out.println();
                out.println(next != null ? "next page: --after " + next
                        : page.records().isEmpty() ? "(no records match)" : "(last page)");
            }
            case CSV -> {
                writer.write(table, out);
                if (next != null) {
                    spec.commandLine().getErr().println("next page: --after " + next);
                }
            }
            case JSON -> {
                ObjectNode json = TableWriter.jsonObject();
                json.set("records", writer.jsonRows(table));
                json.put("next_cursor", next);
                out.println(TableWriter.json(json));
            }
        }
        out.flush();
    }
}
