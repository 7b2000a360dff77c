package org.incidentworkbench.app.cli;

import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.incidents.IncidentSummarizer;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbench summary SOURCE}: what to read first about an incident. */
@Command(name = "summary", description = {
    "Summarise an incident: key signals, changes, top warnings and errors, hypotheses, feedback.",
    "Key signals of its service are compared with the same window a day earlier when the data",
    "reaches back that far, else with the hour before; changes are those in the window and up to",
    "2 hours before it. Without --incident: the most severe open incident (the most recent if",
    "none is open)."})
public final class SummaryCommand implements Callable<Integer> {

    @Mixin
    private SourceArgument sourceArgument;

    @Mixin
    private IncidentOption incident;

    @Option(names = "--local", description = "Print times in the local time zone instead of UTC.")
    private boolean local;

    @Spec
    private CommandSpec spec;

    private final SourceProfiles profiles;

    public SummaryCommand(SourceProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public Integer call() {
        try (IncidentSource source = sourceArgument.open(profiles)) {
            Incident chosen = incident.choose(source, spec);
            TimeFormat times = local ? new TimeFormat(ZoneId.systemDefault()) : TimeFormat.UTC;
            new SummaryPrinter(times, spec.commandLine().getOut())
                    .print(new IncidentSummarizer(source).summarize(chosen, Cancellation.none()));
        }
        return ErrorReporter.OK;
    }
}
