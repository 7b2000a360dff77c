package org.incidentworkbench.analysis.incidents;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.MetricSeries;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.metrics.ServiceMetric;
import org.incidentworkbench.analysis.saturation.SaturationFinder;
import org.incidentworkbench.analysis.saturation.SaturationReading;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.templates.MiningProgress;
import org.incidentworkbench.analysis.templates.TemplateAnalysis;
import org.incidentworkbench.analysis.templates.TemplateReport;
import org.incidentworkbench.analysis.time.TimeRange;

/**
 * Builds an {@link IncidentSummary} from a source. A first look: signal values are plain means over
 * a window; the logs are mined into templates and compared with their baseline.
 */
public final class IncidentSummarizer {

    /** Changes this long before the window start are shown: a release often bites a little later. */
    public static final Duration CHANGE_LOOKBACK = Duration.ofHours(2);

    /** The day-earlier window counts as present when the signal has points in this share of its minutes. */
    private static final double DAY_BEFORE_COVERAGE = 0.9;
    private static final Duration MEAN_BUCKET = Duration.ofMinutes(1);

    private final IncidentSource source;

    public IncidentSummarizer(IncidentSource source) {
        this.source = source;
    }

    /**
     * The incident to look at first: the most severe of those still open (not resolved or
     * suppressed), the most recent among equals; without open incidents, the most recent one.
     */
    public static Optional<Incident> mostPressing(List<Incident> incidents) {
        Comparator<Incident> recentFirst = Comparator.comparing(Incident::windowStart).reversed();
        Optional<Incident> open = incidents.stream()
                .filter(IncidentSummarizer::isOpen)
                .min(Comparator.comparingInt(Incident::severity).thenComparing(recentFirst));
        return open.isPresent() ? open : incidents.stream().min(recentFirst);
    }

    private static boolean isOpen(Incident i) {
        return !"resolved".equalsIgnoreCase(i.status()) && !"suppressed".equalsIgnoreCase(i.status());
    }

    public IncidentSummary summarize(Incident incident, Cancellation cancel) {
        TimeRange window = new TimeRange(incident.windowStart(), incident.windowEnd());
        KeySignals keySignals = keySignals(incident, cancel);
        TimeRange changeRange = new TimeRange(window.start().minus(CHANGE_LOOKBACK), window.end());
        TemplateAnalysis templates = new TemplateAnalysis(source, MinerSettings.defaults());
        TemplateReport logTemplates = templates.analyse(templates.windowsFor(window, cancel), Set.of(), Set.of(), cancel,
                MiningProgress.NONE);
        return new IncidentSummary(incident, keySignals.baseline(), keySignals.signals(), keySignals.saturation(), changeRange,
                source.deployments(changeRange, cancel), source.configChanges(changeRange, cancel), logTemplates,
                source.hypotheses(incident.id(), cancel), source.feedback(incident.id(), cancel));
    }

    /**
     * The key signals of the incident's service, window against baseline, and the most saturated resource
     * around it ({@link SaturationFinder}): the quick part of {@link #summarize}.
     */
    public KeySignals keySignals(Incident incident, Cancellation cancel) {
        TimeRange window = new TimeRange(incident.windowStart(), incident.windowEnd());
        List<ServiceMetric> reported = source.serviceMetrics(cancel);
        List<KeySignalMetric> picked = KeySignal.pick(reported.stream()
                .filter(m -> m.service().equals(incident.serviceName())).toList()).stream()
                .filter(k -> k.signal() != KeySignal.SATURATION).toList();
        Baseline baseline = baseline(incident.serviceName(), window, picked, cancel);
        List<SignalComparison> signals = new ArrayList<>();
        for (KeySignalMetric k : picked) {
            signals.add(new SignalComparison(k.signal(), k.metric(),
                    mean(incident.serviceName(), k.metric(), window, cancel),
                    mean(incident.serviceName(), k.metric(), baseline.range(), cancel)));
        }
        Optional<SaturationReading> saturation = new SaturationFinder(source)
                .mostSaturated(incident.serviceName(), reported, window, baseline.range(), cancel);
        return new KeySignals(baseline, signals, saturation);
    }

    /** The same window a day earlier when the first key signal covers it, else the hour before the window. */
    private Baseline baseline(String service, TimeRange window, List<KeySignalMetric> keySignals, Cancellation cancel) {
        TimeRange dayBefore = window.shift(Duration.ofDays(-1));
        if (!keySignals.isEmpty()) {
            MetricSeries series = source.series(new SeriesQuery(service, keySignals.get(0).metric(), Map.of(),
                    dayBefore, MEAN_BUCKET, Aggregation.COUNT), cancel);
            long minutes = Math.max(1, dayBefore.duration().toMinutes());
            if (series.size() >= DAY_BEFORE_COVERAGE * minutes) {
                return new Baseline(Baseline.Kind.DAY_BEFORE, dayBefore);
            }
        }
        return new Baseline(Baseline.Kind.HOUR_BEFORE, new TimeRange(window.start().minus(Duration.ofHours(1)), window.start()));
    }

    /** The mean of every point in the range. */
    private double mean(String service, String metric, TimeRange range, Cancellation cancel) {
        return source.series(new SeriesQuery(service, metric, Map.of(), range, MEAN_BUCKET, Aggregation.AVG), cancel)
                .pointMean();
    }
}
