package org.incidentworkbench.ui.templates;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.templates.SpikeBucket;
import org.incidentworkbench.analysis.templates.TemplateActivity;
import org.incidentworkbench.analysis.templates.TemplateChange;
import org.incidentworkbench.analysis.templates.TemplateKey;
import org.incidentworkbench.analysis.templates.TemplateReport;
import org.incidentworkbench.analysis.templates.TemplateWindows;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.ui.templates.TemplateReports.Status;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.Navigator;
import org.incidentworkbench.ui.workspace.ReadFailures;

/**
 * "What changed in the logs": the workspace's template report (mined on demand, shared through
 * {@link TemplateReports}) as the error-spike buckets, the ranked changes and a browser of every
 * template per service and severity. One template is selected across the section: picking it in the
 * changes, the browser or a spike's templates selects it everywhere and lists its parameters.
 * {@link #showLines} opens Logs on the template's lines. Call it on the FX thread.
 */
public final class TemplatesViewModel {

    private static final String TEMPLATES = "the log templates";

    private final TemplateReports reports;
    private final Navigator navigator;
    private final TimeZoneSetting zone;
    private final ReadFailures failures;
    private final ChangeListener<Status> statusListener = (o, was, now) -> follow(now);

    private final ObservableList<TemplateChange> changes = FXCollections.observableArrayList();
    private final ObservableList<SpikeBucket> spikes = FXCollections.observableArrayList();
    private final ObservableList<KeySummary> keys = FXCollections.observableArrayList();
    private final ObservableList<TemplateActivity> templates = FXCollections.observableArrayList();
    private final ObservableList<ParameterSummary> parameters = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TemplateKey> selectedKey = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TemplateActivity> selectedTemplate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TemplateChange> selectedChange = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SpikeBucket> selectedBucket = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SpikeBucket> hoveredBucket = new ReadOnlyObjectWrapper<>();
    private final ObjectBinding<SpikeBucket> shownBucket;
    private final StringBinding incidentText;
    private final StringBinding baselineText;
    private final StringBinding bucketText;

    public TemplatesViewModel(TemplateReports reports, Navigator navigator, TimeZoneSetting zone, TaskRunner tasks) {
        this.reports = reports;
        this.navigator = navigator;
        this.zone = zone;
        this.failures = new ReadFailures(tasks);
        ReadOnlyObjectProperty<TemplateReport> report = reports.reportProperty();
        incidentText = Bindings.createStringBinding(() -> report.get() == null ? "" : zone.range(windows().incident())
                + " · " + TemplateNumbers.count(report.get().incidentLines()) + " lines", report, zone.zoneProperty());
        baselineText = Bindings.createStringBinding(() -> report.get() == null ? ""
                : windows().baseline().kind().description() + ", " + zone.range(windows().baseline().range())
                        + " · " + TemplateNumbers.count(report.get().baselineLines()) + " lines",
                report, zone.zoneProperty());
        shownBucket = Bindings.createObjectBinding(
                () -> hoveredBucket.get() != null ? hoveredBucket.get() : selectedBucket.get(), hoveredBucket, selectedBucket);
        bucketText = Bindings.createStringBinding(this::describeShownBucket, shownBucket, zone.zoneProperty());
        reports.statusProperty().addListener(statusListener);
    }

    /** Mines the templates unless the workspace has them already; also what "Try again" does. */
    public void load() {
        boolean minedAlready = reports.statusProperty().get() == Status.READY;
        reports.load(this);
        if (minedAlready) {
            show(reports.reportProperty().get()); // mined for another view: no status change will say so
        }
    }

    /** The section is leaving: stop waiting for the report (mining stops if nothing else waits). */
    public void dispose() {
        reports.statusProperty().removeListener(statusListener);
        reports.release(this);
    }

    // --- the report and its mining --------------------------------------------------------------

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return reports.statusProperty();
    }

    public ReadOnlyObjectProperty<TemplateReport> reportProperty() {
        return reports.reportProperty();
    }

    /** Share of the lines mined so far, negative while they are being counted. */
    public ReadOnlyDoubleProperty progressProperty() {
        return reports.progressProperty();
    }

    /** "12,000 of 45,616 lines read". */
    public ReadOnlyStringProperty progressTextProperty() {
        return reports.progressTextProperty();
    }

    public ReadFailures failures() {
        return failures;
    }

    /** The incident window in the chosen zone and the lines mined in it. */
    public StringBinding incidentText() {
        return incidentText;
    }

    /** Which baseline the incident window was compared with, when, and the lines mined in it. */
    public StringBinding baselineText() {
        return baselineText;
    }

    /** The width of the spike chart's buckets, "2 min". */
    public String bucketWidth() {
        return TemplateNumbers.width(windows().bucket());
    }

    /** What the empty changes table says: nothing changed, and what was compared. */
    public String nothingChangedText() {
        TemplateReport r = reports.reportProperty().get();
        if (r == null) {
            return "";
        }
        long services = r.keys().stream().map(TemplateKey::service).distinct().count();
        return "Nothing changed significantly. None of the " + TemplateNumbers.count(r.templates().size())
                + " templates of " + services + (services == 1 ? " service" : " services")
                + " appeared, disappeared, doubled or halved beyond chance between the incident window and "
                + windows().baseline().kind().description() + ".";
    }

    // --- the error spikes -----------------------------------------------------------------------

    /** Warnings and errors per bucket of the incident window, oldest first. */
    public ObservableList<SpikeBucket> spikes() {
        return spikes;
    }

    /** Where bucket {@code b} ends. */
    public TimeRange bucketRange(SpikeBucket b) {
        return new TimeRange(b.start(), b.start().plus(windows().bucket()));
    }

    /** The incident window the buckets cover. */
    public TimeRange incidentWindow() {
        return windows().incident();
    }

    /** Pins a bucket (a click); the biggest spike is pinned when the report arrives. */
    public void selectBucket(SpikeBucket b) {
        selectedBucket.set(b);
    }

    /** The bucket under the pointer, null when it leaves the chart; shown instead of the pinned one meanwhile. */
    public void hoverBucket(SpikeBucket b) {
        hoveredBucket.set(b);
    }

    public ReadOnlyObjectProperty<SpikeBucket> selectedBucketProperty() {
        return selectedBucket.getReadOnlyProperty();
    }

    /** The hovered bucket, else the pinned one: the one whose templates are listed. */
    public ObjectBinding<SpikeBucket> shownBucketProperty() {
        return shownBucket;
    }

    /** "14:07:50 – 14:09:50 · 733 lines: 516 errors, 217 warnings" for the shown bucket. */
    public StringBinding shownBucketText() {
        return bucketText;
    }

    // --- the changes ----------------------------------------------------------------------------

    /** The significant changes, most significant first. */
    public ObservableList<TemplateChange> changes() {
        return changes;
    }

    /** The change of the selected template, null when it did not change significantly. */
    public ReadOnlyObjectProperty<TemplateChange> selectedChangeProperty() {
        return selectedChange.getReadOnlyProperty();
    }

    public void selectChange(TemplateChange c) {
        selectTemplate(c == null ? null : c.activity());
    }

    // --- the browser ----------------------------------------------------------------------------

    /** Every service and severity with templates, by service, most severe first. */
    public ObservableList<KeySummary> keys() {
        return keys;
    }

    public ReadOnlyObjectProperty<TemplateKey> selectedKeyProperty() {
        return selectedKey.getReadOnlyProperty();
    }

    /** The templates of the selected service and severity, most frequent in the incident window first. */
    public ObservableList<TemplateActivity> templates() {
        return templates;
    }

    public ReadOnlyObjectProperty<TemplateActivity> selectedTemplateProperty() {
        return selectedTemplate.getReadOnlyProperty();
    }

    /** The selected template's variable positions with their top values; empty when none is selected. */
    public ObservableList<ParameterSummary> parameters() {
        return parameters;
    }

    /** Lists the templates of {@code key}; the selection is cleared unless it is one of them. */
    public void selectKey(TemplateKey key) {
        showKey(key);
        if (selectedTemplate.get() != null && !selectedTemplate.get().key().equals(key)) {
            selectTemplate(null);
        }
    }

    /** Selects {@code t} everywhere: its service and severity in the browser, its change if it has one. */
    public void selectTemplate(TemplateActivity t) {
        if (t != null) {
            showKey(t.key());
        }
        selectedTemplate.set(t);
        TemplateReport r = reports.reportProperty().get();
        selectedChange.set(t == null || r == null ? null : r.changeOf(t.key(), t.id()).orElse(null));
        parameters.setAll(t == null ? List.of() : ParameterSummary.of(t.template()));
    }

    // --- to the lines ---------------------------------------------------------------------------

    /** The records of {@code t} ({@link TemplateLines}). */
    public LogQuery linesQuery(TemplateActivity t) {
        return TemplateLines.query(t, windows());
    }

    /** Opens Logs on the lines of {@code t}. */
    public void showLines(TemplateActivity t) {
        navigator.showLogs(linesQuery(t));
    }

    // --- internals ------------------------------------------------------------------------------

    private TemplateWindows windows() {
        return reports.reportProperty().get().windows();
    }

    private void follow(Status status) {
        switch (status) {
            case READY -> {
                failures.succeeded(TEMPLATES);
                show(reports.reportProperty().get());
            }
            case FAILED -> failures.failed(TEMPLATES, reports.failureProperty().get(), this::load);
            case IDLE, MINING -> {
            }
        }
    }

    /** Fills the lists from the report, selecting the most significant change and the biggest spike. */
    private void show(TemplateReport r) {
        spikes.setAll(r.errorSpikes());
        changes.setAll(r.changes());
        keys.setAll(r.keys().stream().map(k -> {
            List<TemplateActivity> of = r.templatesOf(k);
            return new KeySummary(k, of.stream().mapToLong(TemplateActivity::count).sum(), of.size());
        }).toList());
        selectBucket(r.errorSpikes().stream().filter(SpikeBucket::spike)
                .max(Comparator.comparingLong(SpikeBucket::total)).orElse(null));
        if (!r.changes().isEmpty()) {
            selectTemplate(r.changes().getFirst().activity());
        } else if (!keys.isEmpty()) {
            selectKey(keys.getFirst().key());
        }
    }

    private void showKey(TemplateKey key) {
        if (Objects.equals(key, selectedKey.get())) {
            return;
        }
        selectedKey.set(key);
        TemplateReport r = reports.reportProperty().get();
        templates.setAll(key == null || r == null ? List.of() : r.templatesOf(key));
    }

    private String describeShownBucket() {
        SpikeBucket b = shownBucket.get();
        if (b == null) {
            return "";
        }
        TimeRange range = bucketRange(b);
        return zone.time(range.start()) + " – " + zone.time(range.end()) + " · " + TemplateNumbers.count(b.total())
                + " lines: " + TemplateNumbers.count(b.errors()) + (b.errors() == 1 ? " error, " : " errors, ")
                + TemplateNumbers.count(b.warnings()) + (b.warnings() == 1 ? " warning" : " warnings");
    }
}
