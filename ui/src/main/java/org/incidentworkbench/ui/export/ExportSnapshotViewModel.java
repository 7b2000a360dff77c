package org.incidentworkbench.ui.export;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.RunningTask;
import org.incidentworkbench.ui.tasks.TaskRunner;

/**
 * "Export snapshot…" of one workspace: the file chosen, the options, the export running on a
 * background task (its table, rows and share done, and Cancel), and then where it was written or
 * why it was not. A failure is shown on the card (and in the banner, as every failure is) and
 * leaves the workspace as it was. Used on the FX thread.
 */
public final class ExportSnapshotViewModel {

    private static final String TITLE = "Exporting a snapshot";
    private static final int MAX_NAME_LENGTH = 60;

    private final IncidentSource source;
    private final Incident incident;
    private final Path readFrom;
    private final SnapshotExports exports;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<ExportStage> stage = new ReadOnlyObjectWrapper<>(ExportStage.CLOSED);
    private final ReadOnlyObjectWrapper<Path> target = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Integer> marginMinutes = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> baselineHours = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> hops = new SimpleObjectProperty<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ExportSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private RunningTask running;

    /**
     * @param readFrom the snapshot file the workspace reads, which an export must not replace; null for a database
     * @param defaults the options the card proposes first
     */
    public ExportSnapshotViewModel(IncidentSource source, Incident incident, Path readFrom, SnapshotExports exports,
                                   ExportOptions defaults, TaskRunner tasks) {
        this.source = source;
        this.incident = incident;
        this.readFrom = readFrom == null ? null : readFrom.toAbsolutePath().normalize();
        this.exports = exports;
        this.tasks = tasks;
        marginMinutes.set((int) defaults.margin().toMinutes());
        baselineHours.set((int) defaults.baselineOffset().toHours());
        hops.set(defaults.hops());
    }

    public ReadOnlyObjectProperty<ExportStage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** The file the export writes. */
    public ReadOnlyObjectProperty<Path> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** Minutes kept on each side of the incident window. */
    public ObjectProperty<Integer> marginMinutesProperty() {
        return marginMinutes;
    }

    /** How many hours before the incident window its baseline lies. */
    public ObjectProperty<Integer> baselineHoursProperty() {
        return baselineHours;
    }

    /** The services kept: those within this many topology edges of the incident's service. */
    public ObjectProperty<Integer> hopsProperty() {
        return hops;
    }

    /** The share done of the running export, negative until it is known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The table being written and its rows so far ("log_records · 12,000 rows"). */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** True from Cancel until the export has stopped and removed what it wrote. */
    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** What the finished export wrote; null before. */
    public ReadOnlyObjectProperty<ExportSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the export failed, in plain words. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** What the options card says of the last attempt (a cancel); empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** A file name that says which incident a snapshot holds: its title, then its id's first eight characters. */
    public String suggestedFileName() {
        String slug = incident.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_NAME_LENGTH) {
            slug = slug.substring(0, MAX_NAME_LENGTH).replaceAll("-$", "");
        }
        String id = incident.id().toString().substring(0, 8);
        return (slug.isEmpty() ? "incident" : slug) + "-" + id + ".duckdb";
    }

    /** The user chose where to write: the card shows the options, ready to export. */
    public void chooseTarget(Path file) {
        if (stage.get() == ExportStage.RUNNING) {
            return;
        }
        target.set(file.toAbsolutePath().normalize());
        notice.set("");
        failure.set("");
        stage.set(ExportStage.OPTIONS);
    }

    /** Starts writing the chosen file in the background. */
    public void export() {
        if (stage.get() != ExportStage.OPTIONS) {
            return;
        }
        Path file = target.get();
        if (file.equals(readFrom)) {
            failure.set("This workspace reads " + file.getFileName() + ": choose another file to export to.");
            stage.set(ExportStage.FAILED);
            return;
        }
        ExportOptions options = new ExportOptions(Duration.ofMinutes(marginMinutes.get()),
                Duration.ofHours(baselineHours.get()), hops.get());
        stage.set(ExportStage.RUNNING);
        progressText.set("Starting…");
        RunningTask task = tasks.submit(TITLE, (cancel, progressOut) -> exports.export(source, incident.id(), options,
                file, new PacedProgress(progressOut), cancel), this::written, this::failed);
        running = task;
        progress.bind(task.progressProperty());
        task.messageProperty().addListener((o, was, now) -> progressText.set(now));
        // Cancelled from here or from the status bar, the task delivers nothing: only its end says it stopped.
        task.whenEnded(() -> ended(task));
    }

    /** Stops the running export; it removes what it had written. */
    public void cancel() {
        if (running != null) {
            cancelling.set(true);
            running.cancel();
        }
    }

    /** Back to the workspace; not while an export runs. */
    public void close() {
        if (stage.get() != ExportStage.RUNNING) {
            stage.set(ExportStage.CLOSED);
        }
    }

    /** The workspace is closing: an export still running is cancelled. */
    public void dispose() {
        cancel();
    }

    private void written(ExportSummary result) {
        summary.set(result);
        stage.set(ExportStage.DONE);
    }

    private void failed(Throwable cause) {
        failure.set(Problems.plainMessage(cause));
        stage.set(ExportStage.FAILED);
        tasks.report(TITLE, cause);
    }

    private void ended(RunningTask task) {
        progress.unbind();
        progress.set(-1);
        running = null;
        cancelling.set(false);
        if (task.isCancelled()) {
            notice.set("Export cancelled: nothing was written.");
            stage.set(ExportStage.OPTIONS);
        }
    }
}
