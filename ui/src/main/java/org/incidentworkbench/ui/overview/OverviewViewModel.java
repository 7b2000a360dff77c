package org.incidentworkbench.ui.overview;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentworkbench.analysis.incidents.Baseline;
import org.incidentworkbench.ui.tasks.LatestOnly;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.ReadFailures;
import org.incidentworkbench.ui.workspace.WorkspaceContext;

/** The overview's tiles, loaded through the task runner, and where clicking one leads. */
public final class OverviewViewModel {

    public enum Status { LOADING, LOADED, FAILED }

    private static final String OVERVIEW = "the overview";

    private final WorkspaceContext context;
    private final LatestOnly loading;
    private final ObservableList<OverviewTile> tiles = FXCollections.observableArrayList();
    private final ObjectProperty<Baseline> baseline = new SimpleObjectProperty<>();
    private final StringBinding baselineText;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.LOADING);
    private final ReadFailures failures;

    public OverviewViewModel(WorkspaceContext context) {
        this.context = context;
        this.loading = new LatestOnly(context.tasks());
        this.failures = new ReadFailures(context.tasks());
        TimeZoneSetting zone = context.timeZone();
        this.baselineText = Bindings.createStringBinding(() -> baseline.get() == null ? ""
                : "Window against " + baseline.get().kind().description() + " ("
                        + zone.dateTime(baseline.get().range().start()) + " – " + zone.time(baseline.get().range().end())
                        + " " + zone.label() + ")", baseline, zone.zoneProperty());
    }

    /** Loads the tiles; also what "Try again" does after a failure. */
    public void load() {
        status.set(Status.LOADING);
        loading.submit("Loading " + OVERVIEW,
                (cancel, progress) -> new OverviewLoader(context.source()).load(context.incident(), cancel, progress),
                figures -> {
                    failures.succeeded(OVERVIEW);
                    baseline.set(figures.baseline());
                    tiles.setAll(figures.tiles());
                    status.set(Status.LOADED);
                },
                this::failed);
    }

    /** Said in the section, so it does not wait forever, and in the banner as every failed task is. */
    private void failed(Throwable problem) {
        failures.failed(OVERVIEW, problem, this::load);
        status.set(Status.FAILED);
    }

    /** Loading, loaded (the tiles are set), or failed ({@link #failureProperty} says why). */
    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last load failed, in plain words; empty unless the status is FAILED. */
    public ReadOnlyStringProperty failureProperty() {
        return failures.messageProperty();
    }

    public ObservableList<OverviewTile> tiles() {
        return tiles;
    }

    /** Which baseline the tiles compare with, in words. */
    public StringBinding baselineText() {
        return baselineText;
    }

    /** Whether clicking the tile leads to a section this workspace has. */
    public boolean canOpen(OverviewTile tile) {
        return context.navigator().offers(tile.target().section());
    }

    public void open(OverviewTile tile) {
        tile.target().go(context.navigator());
    }

    public void dispose() {
        loading.cancel();
    }
}
