package org.incidentworkbench.app.cli;

import java.util.List;
import java.util.Locale;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.incidents.IncidentSummarizer;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --incident ID}: the incident a command is about; without it, the most pressing one. */
public final class IncidentOption {

    @Option(names = "--incident", paramLabel = "ID",
            description = "The incident id, or a unique start of it (see 'workbench incidents').")
    private String incidentId;

    /** Whether the incident was named, rather than chosen. */
    boolean given() {
        return incidentId != null;
    }

    /**
     * The incident named, or else the most severe open one (the most recent if none is open).
     *
     * @throws ParameterException when no incident, or more than one, starts with the id given
     * @throws CommandFailure when the source holds no incidents at all
     */
    Incident choose(IncidentSource source, CommandSpec spec) {
        List<Incident> incidents = source.incidents(Cancellation.none());
        if (incidentId == null) {
            return IncidentSummarizer.mostPressing(incidents).orElseThrow(() -> new CommandFailure("the source holds no incidents"));
        }
        String wanted = incidentId.trim().toLowerCase(Locale.ROOT);
        List<Incident> matches = incidents.stream().filter(i -> i.id().toString().startsWith(wanted)).toList();
        if (matches.size() == 1 && !wanted.isEmpty()) {
            return matches.get(0);
        }
        throw new ParameterException(spec.commandLine(), (matches.isEmpty() ? "no incident '" : "more than one incident starts with '")
                + incidentId + "'; 'workbench incidents' lists them");
    }
}
