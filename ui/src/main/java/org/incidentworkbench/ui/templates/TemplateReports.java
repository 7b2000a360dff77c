package org.incidentworkbench.ui.templates;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.templates.TemplateAnalysis;
import org.incidentworkbench.analysis.templates.TemplateReport;
import org.incidentworkbench.analysis.templates.TemplateWindows;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.ui.tasks.Progress;
import org.incidentworkbench.ui.tasks.RunningTask;
import org.incidentworkbench.ui.tasks.TaskRunner;

/**
 * The template report of one workspace's incident (its default windows), mined once on demand and
 * shared by whatever shows it (the section, an Overview card): mining reads every log line of two
 * windows, too much to do twice. Each user {@link #load loads} it and {@link #release releases} it
 * when it leaves; mining stops when nobody is waiting for it any more. A failed or stopped mining
 * starts again on the next load; a finished one is kept for the workspace's life.
 * Used on the FX thread.
 */
public final class TemplateReports {

    public enum Status { IDLE, MINING, READY, FAILED }

    static final String TITLE = "Mining log templates";

    private final IncidentSource source;
    private final TaskRunner tasks;
    private final Incident incident;
    private final Set<Object> users = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.IDLE);
    private final ReadOnlyObjectWrapper<TemplateReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private RunningTask mining;

    public TemplateReports(IncidentSource source, TaskRunner tasks, Incident incident) {
        this.source = source;
        this.tasks = tasks;
        this.incident = incident;
    }

    /** {@code user} waits for the report: mining starts unless it runs or has finished. */
    public void load(Object user) {
        users.add(user);
        if (status.get() == Status.MINING || status.get() == Status.READY) {
            return;
        }
        failure.set(null);
        progress.set(-1);
        progressText.set("");
        status.set(Status.MINING);
        RunningTask task = tasks.submit(TITLE, this::mine, this::finished, this::failed);
        // A same-thread runner has already delivered the result; only a task still running reports progress.
        if (status.get() == Status.MINING) {
            mining = task;
            progress.bind(task.progressProperty());
            progressText.bind(task.messageProperty());
        }
    }

    /** {@code user} no longer waits; when nobody does, mining stops (and starts afresh on the next load). */
    public void release(Object user) {
        users.remove(user);
        if (users.isEmpty() && status.get() == Status.MINING) {
            mining.cancel();
            stopWatching();
            status.set(Status.IDLE);
        }
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The report once mined; null before. */
    public ReadOnlyObjectProperty<TemplateReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Why the last mining failed; null unless the status is FAILED. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The share of lines read so far in [0, 1]; negative while the lines are being counted. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "12,000 of 45,616 lines read", or what is being done before reading starts. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    private TemplateReport mine(Cancellation cancel, Progress progress) {
        progress.update(-1, "Counting log lines…");
        TemplateAnalysis analysis = new TemplateAnalysis(source, MinerSettings.defaults());
        TemplateWindows windows = analysis.windowsFor(new TimeRange(incident.windowStart(), incident.windowEnd()), cancel);
        return analysis.analyse(windows, Set.of(), Set.of(), cancel, (read, expected) -> progress.update(
                expected == 0 ? 1 : (double) read / expected,
                String.format(Locale.ROOT, "%,d of %,d lines read", read, expected)));
    }

    private void finished(TemplateReport mined) {
        stopWatching();
        report.set(mined);
        status.set(Status.READY);
    }

    private void failed(Throwable problem) {
        stopWatching();
        failure.set(problem);
        status.set(Status.FAILED);
    }

    private void stopWatching() {
        mining = null;
        progress.unbind();
        progressText.unbind();
    }
}
