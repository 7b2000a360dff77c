package org.incidentworkbench.analysis.incidents;

import java.util.List;
import java.util.Optional;
import org.incidentworkbench.analysis.saturation.SaturationReading;

/**
 * The request, error and latency signals a service reports, each compared with the same metric over
 * {@code baseline}, and the most saturated resource around the service (empty when nothing reports one).
 */
public record KeySignals(Baseline baseline, List<SignalComparison> signals, Optional<SaturationReading> saturation) {

    public KeySignals {
        signals = List.copyOf(signals);
    }
}
