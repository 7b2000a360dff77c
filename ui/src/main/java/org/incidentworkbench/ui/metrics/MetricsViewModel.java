package org.incidentworkbench.ui.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.incidents.IncidentSummarizer;
import org.incidentworkbench.analysis.incidents.KeySignal;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.BucketWidths;
import org.incidentworkbench.analysis.metrics.MetricDescriptor;
import org.incidentworkbench.analysis.metrics.MetricSeries;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.metrics.ServiceMetric;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.ui.charts.PlotSeries;
import org.incidentworkbench.ui.tasks.LatestOnly;
import org.incidentworkbench.ui.tasks.RunningTask;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.workspace.ReadFailures;

/**
 * The Metrics section's state and reads: the metric catalogue, the selection, aggregation, bucket
 * width and visible range, and the chart data read for them. Every change of those re-reads through
 * one {@link LatestOnly}, so the newest range wins and stale queries are cancelled in the engine;
 * the previous data stays until the new data arrives, and stays when a read fails ({@link #failures}
 * says why and tries again).
 */
public final class MetricsViewModel {

    /** Context before the incident (what normal looked like) and after it (the recovery). */
    static final Duration BEFORE_INCIDENT = Duration.ofHours(1);
    static final Duration AFTER_INCIDENT = Duration.ofMinutes(30);
    /** The sources' scrape interval: finer buckets would only be empty. */
    static final Duration DATA_RESOLUTION = Duration.ofSeconds(10);
    /** Zooming stops here: below a minute the 10-second points are too few to read a shape. */
    static final Duration SHORTEST_RANGE = Duration.ofMinutes(1);
    /** "A few thousand points" per drawn series, whatever the plot width. */
    static final int MAX_POINTS_PER_SERIES = 4_000;
    /** The point budget moves in steps, so resizing a window re-reads now and then, not at every pixel. */
    private static final int BUDGET_STEP = 500;
    private static final String CATALOGUE = "the metric catalogue";
    private static final String METRICS = "metrics";

    private final IncidentSource source;
    private final Incident incident;
    private final TaskRunner tasks;
    private final LatestOnly reads;
    /** The catalogue and saturation read of {@link #open}: tens of series reads, cancelled with the section. */
    private final LatestOnly catalogueRead;
    private final TimeRange home;

    private final ObservableList<MetricOption> options = FXCollections.observableArrayList();
    private final ObservableList<MetricRef> selection = FXCollections.observableArrayList();
    // One read-only view each, kept: a fresh wrapper per call would be collected with its listeners.
    private final ObservableList<MetricOption> optionsView = FXCollections.unmodifiableObservableList(options);
    private final ObservableList<MetricRef> selectionView = FXCollections.unmodifiableObservableList(selection);
    private final ObjectProperty<Aggregation> aggregation = new SimpleObjectProperty<>(Aggregation.AVG);
    private final ObjectProperty<Duration> fixedBucket = new SimpleObjectProperty<>();
    private final ObjectProperty<Map<String, String>> labelFilter = new SimpleObjectProperty<>(Map.of());
    /** Small multiples first: the key signals differ in unit and scale, and overlaid the largest flattens the rest. */
    private final ObjectProperty<ChartLayout> layout = new SimpleObjectProperty<>(ChartLayout.SMALL_MULTIPLES);
    private final ReadOnlyObjectWrapper<TimeRange> visibleRange = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ChartData> data = new ReadOnlyObjectWrapper<>(ChartData.EMPTY);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadFailures failures;

    private int plotWidth = 1_000;
    private boolean catalogueLoaded;
    private MetricRef pendingFocus;
    private RunningTask currentRead;

    public MetricsViewModel(IncidentSource source, Incident incident, TaskRunner tasks) {
        this.source = source;
        this.incident = incident;
        this.tasks = tasks;
        this.reads = new LatestOnly(tasks);
        this.catalogueRead = new LatestOnly(tasks);
        this.failures = new ReadFailures(tasks);
        this.home = new TimeRange(incident.windowStart().minus(BEFORE_INCIDENT), incident.windowEnd().plus(AFTER_INCIDENT));
        visibleRange.set(home);
        aggregation.addListener((o, was, now) -> reload());
        fixedBucket.addListener((o, was, now) -> reload());
        labelFilter.addListener((o, was, now) -> reload());
        tasks.active().addListener((ListChangeListener<RunningTask>) c ->
                loading.set(currentRead != null && tasks.active().contains(currentRead)));
    }

    /**
     * Reads the metric catalogue, then shows the incident service's key signals over the home range,
     * with the saturation of the resource the Overview found most saturated (often a neighbour's pool).
     */
    public void open() {
        catalogueRead.submit("Loading the metric catalogue", (cancel, progress) -> opening(cancel), loaded -> {
            failures.succeeded(CATALOGUE);
            options.setAll(loaded.catalogue());
            catalogueLoaded = true;
            if (pendingFocus != null) {
                focusMetric(pendingFocus.service(), pendingFocus.metric());
            } else {
                selection.setAll(keySignals(loaded.saturated()));
                reload();
            }
        }, failure -> failures.failed(CATALOGUE, failure, this::open));
    }

    /** Every metric of every service, with its unit and description, by service then metric. */
    public ObservableList<MetricOption> options() {
        return optionsView;
    }

    /** The metrics shown, in the order they were picked (which sets their colours). */
    public ObservableList<MetricRef> selection() {
        return selectionView;
    }

    public ObjectProperty<Aggregation> aggregationProperty() {
        return aggregation;
    }

    /** The bucket width the user fixed, or null for the automatic one. */
    public ObjectProperty<Duration> fixedBucketProperty() {
        return fixedBucket;
    }

    /** Only points whose labels hold every pair (pool=payments-ro); empty: all points. */
    public ObjectProperty<Map<String, String>> labelFilterProperty() {
        return labelFilter;
    }

    public ObjectProperty<ChartLayout> layoutProperty() {
        return layout;
    }

    public ReadOnlyObjectProperty<TimeRange> visibleRangeProperty() {
        return visibleRange.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The reads that failed (the chart keeps what it showed), and Try again. */
    public ReadFailures failures() {
        return failures;
    }

    /** The incident window, which charts shade. */
    public TimeRange incidentWindow() {
        return new TimeRange(incident.windowStart(), incident.windowEnd());
    }

    /** The range shown on open and on reset: the incident window with context either side. */
    public TimeRange homeRange() {
        return home;
    }

    /** The bucket width the next read uses: the fixed one, or about one bucket per pixel of the visible range. */
    public Duration bucket() {
        Duration fixed = fixedBucket.get();
        return fixed != null ? fixed : BucketWidths.auto(visibleRange.get().duration(), plotWidth, DATA_RESOLUTION);
    }

    public void setSelected(MetricRef ref, boolean selected) {
        if (selected == selection.contains(ref)) {
            return;
        }
        if (selected) {
            selection.add(ref);
        } else {
            selection.remove(ref);
        }
        reload();
    }

    public void select(Collection<MetricRef> refs) {
        selection.setAll(refs.stream().distinct().toList());
        reload();
    }

    /** Shows {@code range}, widened around its middle to the shortest readable range when narrower. */
    public void zoomTo(TimeRange range) {
        if (range.duration().compareTo(SHORTEST_RANGE) < 0) {
            Duration half = SHORTEST_RANGE.dividedBy(2);
            Instant middle = range.start().plus(range.duration().dividedBy(2));
            range = new TimeRange(middle.minus(half), middle.plus(half));
        }
        show(range);
    }

    /** Shows {@code range} (a shifted view of the same length). */
    public void panTo(TimeRange range) {
        show(range);
    }

    public void resetZoom() {
        show(home);
    }

    /** Shows only {@code metric} of {@code service} over the home range. */
    public void focusMetric(String service, String metric) {
        MetricRef ref = new MetricRef(service, metric);
        if (!catalogueLoaded) {
            pendingFocus = ref;
            return;
        }
        pendingFocus = null;
        selection.setAll(ref);
        visibleRange.set(home);
        reload();
    }

    /**
     * The plot's width in pixels, which the automatic bucket and the point budget follow; re-reads
     * only when the new width changes one of them.
     */
    public void setPlotWidth(int pixels) {
        Duration bucketBefore = bucket();
        int budgetBefore = pointBudget();
        plotWidth = Math.max(1, pixels);
        if (!bucket().equals(bucketBefore) || pointBudget() != budgetBefore) {
            reload();
        }
    }

    /** About two points per pixel (a line's min and max), in steps, at most a few thousand. */
    int pointBudget() {
        int steps = Math.ceilDiv(2 * plotWidth, BUDGET_STEP);
        return Math.min(MAX_POINTS_PER_SERIES, Math.max(1, steps) * BUDGET_STEP);
    }

    /** Cancels the reads still running. */
    public void dispose() {
        catalogueRead.cancel();
        reads.cancel();
    }

    private void show(TimeRange range) {
        if (range.equals(visibleRange.get())) {
            return;
        }
        visibleRange.set(range);
        reload();
    }

    private void reload() {
        if (!catalogueLoaded) {
            return;
        }
        Map<MetricRef, String> units = options.stream().collect(Collectors.toMap(MetricOption::ref, MetricOption::unit,
                (a, b) -> a));
        ReadRequest request = new ReadRequest(List.copyOf(selection), units, labelFilter.get(), visibleRange.get(),
                bucket(), aggregation.get(), pointBudget());
        currentRead = reads.submit("Loading metrics", (cancel, progress) -> read(request, cancel), read -> {
            failures.succeeded(METRICS);
            data.set(read);
        }, failure -> failures.failed(METRICS, failure, this::reload));
        loading.set(tasks.active().contains(currentRead));
    }

    /** What one read asks for, captured on the FX thread so the background work reads no property. */
    private record ReadRequest(List<MetricRef> refs, Map<MetricRef, String> units, Map<String, String> labels,
                               TimeRange range, Duration bucket, Aggregation agg, int budget) {
    }

    private ChartData read(ReadRequest r, Cancellation cancel) {
        TimeRange range = r.range();
        Duration bucket = r.bucket();
        // One bucket beyond each edge, so lines run to the plot's edges instead of stopping short.
        TimeRange queried = new TimeRange(range.start().minus(bucket), range.end().plus(bucket));
        boolean severalServices = r.refs().stream().map(MetricRef::service).distinct().count() > 1;
        List<PlotSeries> series = new ArrayList<>();
        long buckets = 0;
        for (int i = 0; i < r.refs().size(); i++) {
            MetricRef ref = r.refs().get(i);
            MetricSeries s = source.series(new SeriesQuery(ref.service(), ref.metric(), r.labels(), queried, bucket,
                    r.agg()), cancel);
            buckets += s.size();
            String name = severalServices ? ref.service() + " · " + ref.metric() : ref.metric();
            series.add(PlotSeries.downsampled(name, r.units().getOrDefault(ref, ""), i, s.bucketStartMicros(),
                    s.values(), r.budget()));
        }
        cancel.throwIfCancelled();
        var markers = ChangeMarkers.of(source.deployments(range, cancel), source.configChanges(range, cancel));
        return new ChartData(range, bucket, List.copyOf(series), markers, buckets);
    }

    /** What {@link #open} reads in one background task: the catalogue and the default saturation metric. */
    private record Opening(List<MetricOption> catalogue, Optional<MetricRef> saturated) {
    }

    private Opening opening(Cancellation cancel) {
        // The Overview's own analysis, so both sections point at the same resource. Its label (the pool)
        // is not applied: the label filter holds for the whole chart, so the chart shows every pool.
        Optional<MetricRef> saturated = new IncidentSummarizer(source).keySignals(incident, cancel).saturation()
                .map(r -> new MetricRef(r.resource().service(), r.resource().metric()));
        return new Opening(catalogue(cancel), saturated);
    }

    private List<MetricOption> catalogue(Cancellation cancel) {
        Map<String, MetricDescriptor> descriptors = source.metricDescriptors(cancel).stream()
                .collect(Collectors.toMap(MetricDescriptor::name, Function.identity(), (a, b) -> a));
        return source.serviceMetrics(cancel).stream().map(m -> option(m, descriptors.get(m.metric()))).toList();
    }

    private static MetricOption option(ServiceMetric m, MetricDescriptor d) {
        return new MetricOption(new MetricRef(m.service(), m.metric()),
                d == null || d.unit() == null ? "" : d.unit(), d == null || d.description() == null ? "" : d.description());
    }

    /** The incident service's key signals but saturation, which is {@code saturated}'s (none has data when empty). */
    private List<MetricRef> keySignals(Optional<MetricRef> saturated) {
        List<ServiceMetric> reported = options.stream().filter(o -> o.service().equals(incident.serviceName()))
                .map(o -> new ServiceMetric(o.service(), o.metric(), 0)).toList();
        List<MetricRef> refs = new ArrayList<>(KeySignal.pick(reported).stream()
                .filter(k -> k.signal() != KeySignal.SATURATION)
                .map(k -> new MetricRef(incident.serviceName(), k.metric())).toList());
        saturated.ifPresent(refs::add);
        return refs;
    }
}
