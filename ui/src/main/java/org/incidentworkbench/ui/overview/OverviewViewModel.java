package org.incidentworkbench.ui.overview;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentworkbench.analysis.incidents.Baseline;
import org.incidentworkbench.ui.tasks.LatestOnly;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.WorkspaceContext;

/** The overview's tiles, loaded through the task runner, and where clicking one leads. */
public final class OverviewViewModel {

    private final WorkspaceContext context;
    private final LatestOnly loading;
    private final ObservableList<OverviewTile> tiles = FXCollections.observableArrayList();
    private final ObjectProperty<Baseline> baseline = new SimpleObjectProperty<>();
    private final StringBinding baselineText;

    public OverviewViewModel(WorkspaceContext context) {
        this.context = context;
        this.loading = new LatestOnly(context.tasks());
        TimeZoneSetting zone = context.timeZone();
        this.baselineText = Bindings.createStringBinding(() -> baseline.get() == null ? ""
                : "Window against " + baseline.get().kind().description() + " ("
                        + zone.dateTime(baseline.get().range().start()) + " – " + zone.time(baseline.get().range().end())
                        + " " + zone.label() + ")", baseline, zone.zoneProperty());
    }

    public void load() {
        loading.submit("Loading the overview",
                (cancel, progress) -> new OverviewLoader(context.source()).load(context.incident(), cancel, progress),
                figures -> {
                    baseline.set(figures.baseline());
                    tiles.setAll(figures.tiles());
                });
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
