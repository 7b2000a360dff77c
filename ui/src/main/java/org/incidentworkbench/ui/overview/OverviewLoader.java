package org.incidentworkbench.ui.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.incidents.IncidentSummarizer;
import org.incidentworkbench.analysis.incidents.KeySignal;
import org.incidentworkbench.analysis.incidents.KeySignals;
import org.incidentworkbench.analysis.incidents.SignalComparison;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.logs.VolumeBucket;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.MetricDescriptor;
import org.incidentworkbench.analysis.metrics.MetricSeries;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.saturation.Resource;
import org.incidentworkbench.analysis.saturation.SaturationFinder;
import org.incidentworkbench.analysis.saturation.SaturationReading;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.ui.tasks.Progress;
import org.incidentworkbench.ui.workspace.Section;

/**
 * Reads what the overview shows, off the FX thread: the key signals against the baseline that
 * {@link IncidentSummarizer} picks (saturation: the most saturated resource around the incident
 * service), the changes made in the window, and the incident service's error records; each with a
 * sparkline of about {@link #SPARK_POINTS} buckets over the window.
 */
final class OverviewLoader {

    static final int SPARK_POINTS = 60;
    static final Set<Severity> ERRORS = EnumSet.of(Severity.ERROR, Severity.FATAL);
    /** A window value this many times the baseline (or its inverse) is marked as unusual. */
    private static final double UNUSUAL_RATIO = 1.5;
    /** A resource using this share of its capacity is marked as unusual whatever its baseline: it is about to run out. */
    private static final double NEARLY_FULL = 0.9;

    private final IncidentSource source;

    OverviewLoader(IncidentSource source) {
        this.source = source;
    }

    OverviewFigures load(Incident incident, Cancellation cancel, Progress progress) {
        TimeRange window = new TimeRange(incident.windowStart(), incident.windowEnd());
        Duration bucket = sparkBucket(window);
        progress.update(0.1, "Comparing key signals with the baseline");
        KeySignals keySignals = new IncidentSummarizer(source).keySignals(incident, cancel);
        Map<String, String> units = source.metricDescriptors(cancel).stream()
                .collect(Collectors.toMap(MetricDescriptor::name, d -> d.unit() == null ? "" : d.unit(), (a, b) -> a));
        List<OverviewTile> tiles = new ArrayList<>();
        for (KeySignal signal : KeySignal.values()) {
            progress.update(0.2 + 0.15 * signal.ordinal(), "Reading " + signal.label());
            if (signal == KeySignal.SATURATION) {
                tiles.add(keySignals.saturation().map(r -> saturationTile(r, units, window, bucket, cancel))
                        .orElseGet(() -> notReported(signal, "no saturation metric around this service")));
                continue;
            }
            Optional<SignalComparison> c = keySignals.signals().stream().filter(s -> s.signal() == signal).findFirst();
            tiles.add(c.map(s -> signalTile(incident.serviceName(), s, units.get(s.metric()), window, bucket, cancel))
                    .orElseGet(() -> notReported(signal, "not reported by this service")));
        }
        progress.update(0.8, "Counting changes and error records");
        tiles.add(changesTile(window, keySignals.baseline().range(), bucket, cancel));
        tiles.add(errorLogTile(incident.serviceName(), window, keySignals.baseline().range(), bucket, cancel));
        return new OverviewFigures(keySignals.baseline(), tiles);
    }

    /** About SPARK_POINTS buckets over the window, in whole seconds. */
    static Duration sparkBucket(TimeRange window) {
        return Duration.ofSeconds(Math.max(1, window.duration().toSeconds() / SPARK_POINTS));
    }

    private OverviewTile signalTile(String service, SignalComparison c, String unit, TimeRange window, Duration bucket,
                                    Cancellation cancel) {
        MetricSeries series = source.series(new SeriesQuery(service, c.metric(), Map.of(), window, bucket, Aggregation.AVG), cancel);
        String comparison = "baseline " + Figures.value(c.baseline(), unit) + "  " + Figures.ratio(c.ratio());
        return new OverviewTile(title(c.signal()), service, Figures.amount(c.during(), unit), Figures.unit(c.during(), unit),
                comparison.strip(), series.values().clone(), true, unusual(c.ratio()),
                new ClickThrough.ToMetric(service, c.metric()));
    }

    /** What is running out: a share of capacity where the resource has one, else its raw value in the metric's unit. */
    private OverviewTile saturationTile(SaturationReading r, Map<String, String> units, TimeRange window, Duration bucket,
                                        Cancellation cancel) {
        Resource resource = r.resource();
        String unit = r.isUtilisation() ? Figures.UTILISATION : units.get(resource.metric());
        String comparison = "baseline " + Figures.value(r.baseline(), unit) + "  " + Figures.ratio(r.rise());
        boolean unusual = unusual(r.rise()) || r.isUtilisation() && r.during() >= NEARLY_FULL;
        return new OverviewTile(title(KeySignal.SATURATION), resource.name(), Figures.amount(r.during(), unit),
                Figures.unit(r.during(), unit), comparison.strip(),
                new SaturationFinder(source).levels(resource, window, bucket, cancel), true, unusual,
                new ClickThrough.ToMetric(resource.service(), resource.metric()));
    }

    private static OverviewTile notReported(KeySignal signal, String why) {
        return new OverviewTile(title(signal), "", Figures.NO_DATA, "", why, new double[0], false, false,
                new ClickThrough.ToSection(Section.METRICS));
    }

    private OverviewTile changesTile(TimeRange window, TimeRange baseline, Duration bucket, Cancellation cancel) {
        List<Instant> during = changeTimes(window, cancel);
        long before = changeTimes(baseline, cancel).size();
        double[] perBucket = new double[buckets(window, bucket)];
        during.forEach(t -> perBucket[index(window, bucket, t, perBucket.length)]++);
        return new OverviewTile("Changes (deploys, config)", "all services", Figures.count(during.size()), "",
                "baseline " + Figures.count(before), perBucket, true, during.size() > before,
                new ClickThrough.ToSection(Section.METRICS));
    }

    private List<Instant> changeTimes(TimeRange range, Cancellation cancel) {
        return Stream.concat(source.deployments(range, cancel).stream().map(d -> d.startedAt()),
                source.configChanges(range, cancel).stream().map(c -> c.detectedAt())).toList();
    }

    private OverviewTile errorLogTile(String service, TimeRange window, TimeRange baseline, Duration bucket,
                                      Cancellation cancel) {
        LogQuery errors = LogQuery.all(window).withServices(Set.of(service)).withSeverities(ERRORS);
        double[] perBucket = new double[buckets(window, bucket)];
        long during = 0;
        for (VolumeBucket b : source.logVolume(errors, bucket, cancel)) {
            perBucket[index(window, bucket, b.start(), perBucket.length)] += b.count();
            during += b.count();
        }
        long before = source.logVolume(errors.withRange(baseline), baseline.duration(), cancel).stream()
                .mapToLong(VolumeBucket::count).sum();
        double ratio = before == 0 ? Double.NaN : (double) during / before;
        return new OverviewTile("Error logs", service, Figures.count(during), "records",
                ("baseline " + Figures.count(before) + "  " + Figures.ratio(ratio)).strip(), perBucket, true,
                before == 0 ? during > 0 : unusual(ratio), new ClickThrough.ToLogs(ERRORS));
    }

    private static String title(KeySignal signal) {
        String label = signal.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static boolean unusual(double ratio) {
        return !Double.isNaN(ratio) && (ratio >= UNUSUAL_RATIO || ratio <= 1 / UNUSUAL_RATIO);
    }

    private static int buckets(TimeRange window, Duration bucket) {
        return (int) Math.max(1, (window.duration().toSeconds() + bucket.toSeconds() - 1) / bucket.toSeconds());
    }

    /** The bucket of {@code t} counted from the window start (buckets of the source may be epoch-aligned). */
    private static int index(TimeRange window, Duration bucket, Instant t, int n) {
        long i = Duration.between(window.start(), t).toSeconds() / bucket.toSeconds();
        return (int) Math.min(n - 1, Math.max(0, i));
    }
}
