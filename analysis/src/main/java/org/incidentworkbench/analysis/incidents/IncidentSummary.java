package org.incidentworkbench.analysis.incidents;

import java.util.List;
import java.util.Optional;
import org.incidentworkbench.analysis.changes.ConfigChangeEvent;
import org.incidentworkbench.analysis.changes.DeploymentEvent;
import org.incidentworkbench.analysis.saturation.SaturationReading;
import org.incidentworkbench.analysis.templates.TemplateReport;
import org.incidentworkbench.analysis.time.TimeRange;

/**
 * What an engineer reads first about an incident: its key signals against a baseline and the most
 * saturated resource around its service, the changes
 * made in and shortly before its window ({@code changeRange}), its logs' templates with what
 * changed in them against a baseline, the hypotheses the source holds and the feedback recorded so far.
 */
public record IncidentSummary(Incident incident, Baseline baseline, List<SignalComparison> signals,
                              Optional<SaturationReading> saturation,
                              TimeRange changeRange, List<DeploymentEvent> deployments,
                              List<ConfigChangeEvent> configChanges, TemplateReport logTemplates,
                              List<Hypothesis> hypotheses,
                              List<FeedbackEvent> feedback) {

    public IncidentSummary {
        signals = List.copyOf(signals);
        deployments = List.copyOf(deployments);
        configChanges = List.copyOf(configChanges);
        hypotheses = List.copyOf(hypotheses);
        feedback = List.copyOf(feedback);
    }

    public TimeRange window() {
        return new TimeRange(incident.windowStart(), incident.windowEnd());
    }
}
