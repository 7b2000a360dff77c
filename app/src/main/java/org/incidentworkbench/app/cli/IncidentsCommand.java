package org.incidentworkbench.app.cli;

import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code workbench incidents SOURCE}: every incident of a snapshot or database, most recent window first. */
@Command(name = "incidents", description = "List the incidents of a snapshot or database, most recent first.")
public final class IncidentsCommand extends ReadingCommand {

    @Mixin
    private SourceArgument sourceArgument;

    private final SourceProfiles profiles;

    public IncidentsCommand(SourceProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public Integer call() {
        Table table = Table.withColumns("id", "severity", "status", "service", "trigger", "window_start", "window_end", "title");
        try (IncidentSource source = sourceArgument.open(profiles)) {
            for (Incident i : source.incidents(Cancellation.none())) {
                table.row(i.id(), i.severity(), i.status(), i.serviceName(), i.triggerType(), i.windowStart(),
                        i.windowEnd(), i.title());
            }
        }
        print(table);
        return ErrorReporter.OK;
    }
}
