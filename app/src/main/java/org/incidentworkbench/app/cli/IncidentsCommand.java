package org.incidentworkbench.app.cli;

import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import picocli.CommandLine.Command;

/** {@code workbench incidents FILE}: every incident of a snapshot, most recent window first. */
@Command(name = "incidents", description = "List the incidents of a snapshot, most recent first.")
public final class IncidentsCommand extends SnapshotReadingCommand {

    @Override
    public Integer call() {
        Table table = Table.withColumns("id", "severity", "status", "service", "trigger", "window_start", "window_end", "title");
        try (IncidentSource source = snapshot.open()) {
            for (Incident i : source.incidents(Cancellation.none())) {
                table.row(i.id(), i.severity(), i.status(), i.serviceName(), i.triggerType(), i.windowStart(),
                        i.windowEnd(), i.title());
            }
        }
        print(table);
        return ErrorReporter.OK;
    }
}
