package org.incidentworkbench.analysis.incidents;

import java.util.List;

/** The key signals a service reports, each compared with the same metric over {@code baseline}. */
public record KeySignals(Baseline baseline, List<SignalComparison> signals) {

    public KeySignals {
        signals = List.copyOf(signals);
    }
}
