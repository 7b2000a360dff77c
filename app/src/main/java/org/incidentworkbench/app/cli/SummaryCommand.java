package org.incidentworkbench.app.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
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
import picocli.CommandLine.ParameterException;
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

    @Option(names = "--incident", paramLabel = "ID", description = "The incident id, or a unique start of it (see 'workbench incidents').")
    private String incidentId;

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
            print(source, incidentId, local ? new TimeFormat(ZoneId.systemDefault()) : TimeFormat.UTC, spec);
        }
        return ErrorReporter.OK;
    }

    /** Summarises the incident {@code incidentId} names (null: the most pressing one) on {@code spec}'s output. */
    static void print(IncidentSource source, String incidentId, TimeFormat times, CommandSpec spec) {
        List<Incident> incidents = source.incidents(Cancellation.none());
        Incident incident = incidentId == null
                ? IncidentSummarizer.mostPressing(incidents).orElseThrow(
                        () -> new CommandFailure("the source holds no incidents"))
                : find(incidents, incidentId, spec);
        PrintWriter out = spec.commandLine().getOut();
        new SummaryPrinter(times, out).print(new IncidentSummarizer(source).summarize(incident, Cancellation.none()));
    }

    private static Incident find(List<Incident> incidents, String idOrPrefix, CommandSpec spec) {
        String wanted = idOrPrefix.trim().toLowerCase(Locale.ROOT);
        List<Incident> matches = incidents.stream().filter(i -> i.id().toString().startsWith(wanted)).toList();
        if (matches.size() == 1 && !wanted.isEmpty()) {
            return matches.get(0);
        }
        throw new ParameterException(spec.commandLine(), (matches.isEmpty() ? "no incident '" : "more than one incident starts with '")
                + idOrPrefix + "'; 'workbench incidents' lists them");
    }
}
