package org.incidentworkbench.ui.logs;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.incidentworkbench.analysis.logs.LogContext;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.topology.Service;
import org.incidentworkbench.ui.tasks.LatestOnly;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.workspace.ReadFailures;

/**
 * The Logs section's state and commands. The applied filter is a {@link LogQuery}; typing in the
 * text and trace fields applies after a pause ({@link #TYPING_PAUSE}), every other filter at once.
 * Each applied filter restarts the record window at the start of the result and recounts the volume
 * histogram; the newest request wins. The window slides a page at a time as the table scrolls and
 * holds at most {@link WindowSize#maxRecords()} records, so the whole result is never loaded.
 * A failed read leaves what is shown as it was; {@link #failures} says why and tries again.
 * Call it on the FX thread (results arrive there).
 */
public final class LogsViewModel {

    static final Duration TYPING_PAUSE = Duration.ofMillis(250);
    /** Shown around the incident window by default, so the lead-up and recovery are in view. */
    static final Duration MARGIN = Duration.ofMinutes(30);
    static final int DEFAULT_CONTEXT = 10;
    static final int MAX_CONTEXT = 100;
    private static final String SERVICES = "the service list";
    private static final String VOLUME = "the log volume";
    private static final String CONTEXT = "the log context";

    private final IncidentSource source;
    private final TaskRunner tasks;
    private final TimeRange incidentWindow;
    private final String incidentService;
    private final TimeRange defaultRange;
    private final Debouncer typing;
    private final PagedLogLoader pages;
    private final TaskActivity volume;
    private final TaskActivity contextReads;
    private final LatestOnly serviceReads;
    private final ReadFailures failures;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final StringProperty traceId = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<LogQuery> query = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<VolumeHistogram> histogram = new ReadOnlyObjectWrapper<>();
    /** The query the histogram counted; it trails the applied one while a new count runs. */
    private LogQuery counted;
    private final ObservableList<String> services = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyServices = FXCollections.unmodifiableObservableList(services);
    private final ReadOnlyObjectWrapper<LogRecord> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LogContext> context = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty contextSize = new SimpleIntegerProperty(DEFAULT_CONTEXT);
    private final BooleanBinding loading;
    private final StringBinding status;

    public LogsViewModel(IncidentSource source, TaskRunner tasks, Scheduler scheduler, TimeRange incidentWindow,
                         String incidentService) {
        this(source, tasks, scheduler, incidentWindow, incidentService, WindowSize.DEFAULT);
    }

    LogsViewModel(IncidentSource source, TaskRunner tasks, Scheduler scheduler, TimeRange incidentWindow,
                  String incidentService, WindowSize windowSize) {
        this.source = source;
        this.tasks = tasks;
        this.incidentWindow = incidentWindow;
        this.incidentService = incidentService;
        this.defaultRange = new TimeRange(incidentWindow.start().minus(MARGIN), incidentWindow.end().plus(MARGIN));
        this.typing = new Debouncer(scheduler, TYPING_PAUSE);
        this.failures = new ReadFailures(tasks);
        this.pages = new PagedLogLoader(source, tasks, windowSize, failures);
        this.volume = new TaskActivity(tasks);
        this.contextReads = new TaskActivity(tasks);
        this.serviceReads = new LatestOnly(tasks);
        this.query.set(LogQuery.all(defaultRange));
        searchText.addListener((o, was, now) -> typing.call(this::applyTypedFields));
        traceId.addListener((o, was, now) -> typing.call(this::applyTypedFields));
        contextSize.addListener((o, was, now) -> loadContext());
        pages.records().addListener((ListChangeListener<LogRecord>) change -> forgetSelectionOutsideWindow());
        loading = pages.loadingProperty().or(volume.busyProperty());
        // The list itself, not Bindings.size: an unread size binding would stop invalidating the status.
        status = Bindings.createStringBinding(this::describeStatus, pages.records(), histogram, query, loading);
    }

    /** Reads the service list, the first page and the histogram of the default filter. */
    public void start() {
        loadServices();
        apply(query.get());
    }

    // --- what the view shows -------------------------------------------------------------------

    /** The window of the applied filter's records, in its order; slides as the table scrolls. */
    public ObservableList<LogRecord> records() {
        return pages.records();
    }

    public ReadOnlyObjectProperty<LogQuery> queryProperty() {
        return query.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VolumeHistogram> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    /** Every service of the source, by name. */
    public ObservableList<String> services() {
        return readOnlyServices;
    }

    public ObservableBooleanValue loadingProperty() {
        return loading;
    }

    /** The reads that failed (what is shown stays), and Try again. */
    public ReadFailures failures() {
        return failures;
    }

    /** The window holds the first matching record: there is nothing above it to read. */
    public ReadOnlyBooleanProperty atStartProperty() {
        return pages.window().atStartProperty();
    }

    /** The window holds the last matching record: there is nothing below it to read. */
    public ReadOnlyBooleanProperty atEndProperty() {
        return pages.window().atEndProperty();
    }

    /** "records 1,201–21,200 of 296,665", or what is going on. */
    public ObservableStringValue statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<LogRecord> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LogContext> contextProperty() {
        return context.getReadOnlyProperty();
    }

    public TimeRange incidentWindow() {
        return incidentWindow;
    }

    public TimeRange defaultRange() {
        return defaultRange;
    }

    // --- filters -------------------------------------------------------------------------------

    /** The text being typed; matched literally, ignoring case, once typing pauses. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The trace id being typed; applied once typing pauses. */
    public StringProperty traceIdProperty() {
        return traceId;
    }

    public void setServices(Set<String> chosen) {
        apply(query.get().withServices(chosen));
    }

    /** Empty means every severity. */
    public void setSeverities(Set<Severity> chosen) {
        apply(query.get().withSeverities(chosen.size() == Severity.values().length ? Set.of() : chosen));
    }

    /** Shows or hides one severity; hiding the last one shown shows them all again. */
    public void toggleSeverity(Severity s) {
        Set<Severity> shown = shownSeverities();
        if (!shown.remove(s)) {
            shown.add(s);
        }
        setSeverities(shown.isEmpty() ? Set.of() : shown);
    }

    /** The severities whose records are shown (all of them when the filter names none). */
    public Set<Severity> shownSeverities() {
        Set<Severity> chosen = query.get().severities();
        return chosen.isEmpty() ? EnumSet.allOf(Severity.class) : EnumSet.copyOf(chosen);
    }

    public void setRange(TimeRange range) {
        apply(query.get().withRange(range));
    }

    /** Back to the incident window with its margin. */
    public void resetRange() {
        setRange(defaultRange);
    }

    public void setOrder(LogQuery.Order order) {
        apply(query.get().withOrder(order));
    }

    /** Shows only the records of this trace (the trace id link of the details pane). */
    public void filterToTrace(String id) {
        traceId.set(id);
        applyTypedFields();
    }

    /** The incident service's records of these severities over the incident window, other filters cleared. */
    public void focusLogs(Set<Severity> severities) {
        focusLogs(new LogQuery(incidentWindow, Set.of(incidentService), severities, null, null, null,
                query.get().order()));
    }

    /** Exactly the records {@code q} selects (a mined template's lines), in the order shown now. */
    public void focusLogs(LogQuery q) {
        searchText.set(q.text() == null ? "" : q.text());
        traceId.set(q.traceId() == null ? "" : q.traceId());
        typing.cancel();
        apply(q.withOrder(query.get().order()));
    }

    /** Drops the template filter (the chip's ×); the other filters stay. */
    public void clearTemplate() {
        apply(query.get().withTemplate(null));
    }

    /** The table shows rows near the window's end: read the page after it. */
    public void loadNext() {
        pages.loadNext();
    }

    /** The table shows rows near the window's start: read the page before it. */
    public void loadPrevious() {
        pages.loadPrevious();
    }

    /** Shows the first matching records (Home). */
    public void jumpToStart() {
        pages.jumpToStart();
    }

    /** Shows the last matching records (End). */
    public void jumpToEnd() {
        pages.jumpToEnd();
    }

    /** The table that shows {@link #records()} listens here to keep its rows still as the window slides. */
    void setWindowListener(WindowListener listener) {
        pages.setListener(listener);
    }

    // --- selection -----------------------------------------------------------------------------

    public void select(LogRecord record) {
        selected.set(record);
        loadContext();
    }

    /** How many records before and after the selected one its context shows. */
    public IntegerProperty contextSizeProperty() {
        return contextSize;
    }

    /** Cancels what still runs. */
    public void dispose() {
        typing.cancel();
        pages.dispose();
        volume.dispose();
        contextReads.dispose();
        serviceReads.cancel();
    }

    private void applyTypedFields() {
        typing.cancel();
        apply(query.get().withText(searchText.get()).withTraceId(traceId.get()));
    }

    private void loadServices() {
        serviceReads.submit("Loading services", (cancel, progress) -> source.services(cancel), list -> {
            failures.succeeded(SERVICES);
            services.setAll(list.stream().map(Service::name).sorted().toList());
        }, failure -> failures.failed(SERVICES, failure, this::loadServices));
    }

    private void apply(LogQuery q) {
        query.set(q);
        pages.reset(q);
        countVolume(q);
    }

    private void countVolume(LogQuery q) {
        Duration bucket = HistogramBuckets.widthFor(q.range());
        volume.submit("Counting logs", (cancel, progress) -> source.logVolume(q, bucket, cancel),
                buckets -> {
                    failures.succeeded(VOLUME);
                    counted = q;
                    histogram.set(VolumeHistogram.of(q.range(), bucket, buckets));
                }, failure -> failures.failed(VOLUME, failure, () -> countVolume(query.get())));
    }

    /** A record scrolled out of the window is no longer shown, so it is no longer selected. */
    private void forgetSelectionOutsideWindow() {
        if (selected.get() != null && !pages.records().contains(selected.get())) {
            select(null);
        }
    }

    private void loadContext() {
        LogRecord r = selected.get();
        if (r == null) {
            contextReads.cancel();
            context.set(null);
            return;
        }
        int n = Math.clamp(contextSize.get(), 0, MAX_CONTEXT);
        contextReads.submit("Loading log context", (cancel, progress) -> source.logContext(r.id(), n, cancel),
                found -> {
                    failures.succeeded(CONTEXT);
                    context.set(found.orElse(null));
                }, failure -> failures.failed(CONTEXT, failure, this::loadContext));
    }

    private String describeStatus() {
        int shown = pages.records().size();
        VolumeHistogram h = histogram.get();
        boolean countKnown = h != null && counted == query.get();
        if (loading.get() && shown == 0) {
            return "Loading…";
        }
        if (countKnown && h.total() == 0) {
            return "No records match these filters";
        }
        OptionalLong first = countKnown ? pages.window().firstIndex(h.total()) : OptionalLong.empty();
        if (first.isPresent() && shown > 0) {
            return String.format(Locale.ROOT, "records %,d–%,d of %,d", first.getAsLong() + 1,
                    first.getAsLong() + shown, h.total());
        }
        String window = String.format(Locale.ROOT, "%,d shown", shown);
        return countKnown ? window + String.format(Locale.ROOT, " · %,d matching", h.total()) : window;
    }
}
