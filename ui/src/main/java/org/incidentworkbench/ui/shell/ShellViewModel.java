package org.incidentworkbench.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.incidents.IncidentSummarizer;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.SampleIncident;
import org.incidentworkbench.analysis.source.SnapshotOpener;
import org.incidentworkbench.analysis.state.AppStateStore;
import org.incidentworkbench.analysis.state.RecentSource;
import org.incidentworkbench.analysis.state.RecentWorkspace;
import org.incidentworkbench.ui.incidents.IncidentListViewModel;
import org.incidentworkbench.ui.start.StartViewModel;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.Section;
import org.incidentworkbench.ui.workspace.SectionFactory;
import org.incidentworkbench.ui.workspace.WorkspaceViewModel;

/**
 * The main window's state: the page shown, the one open source (closed when another replaces it or
 * the user goes back to the start page), its incident list and the workspace open on it, the
 * theme and zone the user chose. Opening runs through the task runner; a file that is not a
 * snapshot reaches the problem reporter with its plain message and changes nothing.
 */
public final class ShellViewModel {

    private static final String SNAPSHOT_KIND = "duckdb";

    private final SnapshotOpener opener;
    private final SampleIncident sample;
    private final AppStateStore state;
    private final TaskRunner tasks;
    private final TimeZoneSetting timeZone;
    private final Map<Section, SectionFactory> sections;
    private final Clock clock;
    private final StartViewModel start;
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.START);
    private final ReadOnlyObjectWrapper<IncidentListViewModel> incidentList = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<WorkspaceViewModel> workspace = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private OpenedSource source;

    public ShellViewModel(SnapshotOpener opener, SampleIncident sample, AppStateStore state, TaskRunner tasks,
                          TimeZoneSetting timeZone, Map<Section, SectionFactory> sections, Clock clock) {
        this.opener = opener;
        this.sample = sample;
        this.state = state;
        this.tasks = tasks;
        this.timeZone = timeZone;
        this.sections = Map.copyOf(sections);
        this.clock = clock;
        this.start = new StartViewModel(state, tasks);
    }

    /**
     * Applies the stored theme and zone, then remembers every later change. The wiring calls this
     * once before the window is shown, so the first frame has the user's look.
     */
    public void restorePreferences() {
        theme.set(Theme.fromPreference(state.preference(PreferenceKeys.THEME).orElse("")));
        if (PreferenceKeys.ZONE_LOCAL.equals(state.preference(PreferenceKeys.TIME_ZONE).orElse(""))) {
            timeZone.useLocal();
        }
        theme.addListener((o, was, now) -> remember(PreferenceKeys.THEME, now.preferenceValue()));
        timeZone.zoneProperty().addListener((o, was, now) ->
                remember(PreferenceKeys.TIME_ZONE, timeZone.isUtc() ? PreferenceKeys.ZONE_UTC : PreferenceKeys.ZONE_LOCAL));
        start.refresh();
    }

    /** The window size the user left the app with, if any. */
    public Optional<WindowSize> windowSize() {
        Optional<String> w = state.preference(PreferenceKeys.WINDOW_WIDTH);
        Optional<String> h = state.preference(PreferenceKeys.WINDOW_HEIGHT);
        try {
            return w.isPresent() && h.isPresent()
                    ? Optional.of(new WindowSize(Double.parseDouble(w.get()), Double.parseDouble(h.get())))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Written at once, not in the background: the app is closing and the task threads stop with it. */
    public void rememberWindowSize(WindowSize size) {
        state.setPreference(PreferenceKeys.WINDOW_WIDTH, Long.toString(Math.round(size.width())));
        state.setPreference(PreferenceKeys.WINDOW_HEIGHT, Long.toString(Math.round(size.height())));
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IncidentListViewModel> incidentListProperty() {
        return incidentList.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkspaceViewModel> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public StartViewModel start() {
        return start;
    }

    public TimeZoneSetting timeZone() {
        return timeZone;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** Opens a snapshot file and lists its incidents. */
    public void openSnapshot(Path file) {
        open(file, opened -> Optional.empty());
    }

    public void reopen(RecentSource recent) {
        openSnapshot(Path.of(recent.location()));
    }

    /** Opens the recent workspace's source and goes straight to the incident (to the list if it is gone). */
    public void reopen(RecentWorkspace recent) {
        open(Path.of(recent.sourceLocation()),
                opened -> opened.incidents().stream().filter(i -> i.id().equals(recent.incidentId())).findFirst());
    }

    /** Prepares the sample snapshot (generating it on first use) and opens its most pressing incident. */
    public void openSample() {
        tasks.submit("Preparing the sample incident", (cancel, progress) -> sample.ensure(m -> progress.update(-1, m)),
                file -> open(file, opened -> IncidentSummarizer.mostPressing(opened.incidents())));
    }

    /** Opens the workspace of an incident of the open source. */
    public void openIncident(Incident incident) {
        closeWorkspace();
        workspace.set(new WorkspaceViewModel(incident, source.source(), source.file().toString(), tasks, timeZone, sections));
        page.set(Page.WORKSPACE);
        RecentWorkspace recent = new RecentWorkspace(source.file().toString(), incident.id(), incident.title(), clock.instant());
        tasks.submit("Remembering the workspace", (cancel, progress) -> {
            state.rememberWorkspace(recent);
            return recent;
        }, r -> start.refresh());
    }

    /** Back from the workspace to the incident list; the workspace's sections stop their work. */
    public void closeWorkspace() {
        if (workspace.get() != null) {
            workspace.get().close();
            workspace.set(null);
        }
        if (source != null) {
            page.set(Page.INCIDENTS);
        }
    }

    /** Back to the start page; the source is closed. */
    public void closeSource() {
        closeWorkspace();
        if (source != null) {
            source.source().close();
            source = null;
        }
        incidentList.set(null);
        page.set(Page.START);
    }

    private void open(Path file, Function<OpenedSource, Optional<Incident>> andOpen) {
        tasks.submit("Opening " + file.getFileName(), (cancel, progress) -> read(file, cancel), opened -> {
            closeSource();
            source = opened;
            incidentList.set(new IncidentListViewModel(opened.label(), opened.incidents(), timeZone, this::openIncident));
            page.set(Page.INCIDENTS);
            rememberSource(opened);
            andOpen.apply(opened).ifPresent(this::openIncident);
        });
    }

    private OpenedSource read(Path file, Cancellation cancel) {
        IncidentSource opened = opener.open(file);
        try {
            List<Incident> incidents = opened.incidents(cancel);
            // A cancelled open delivers nothing, so nobody else would close the source.
            cancel.throwIfCancelled();
            return new OpenedSource(file.toAbsolutePath(), opened, incidents);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private void rememberSource(OpenedSource opened) {
        RecentSource recent = new RecentSource(SNAPSHOT_KIND, opened.file().toString(), opened.label(), clock.instant());
        tasks.submit("Remembering the file", (cancel, progress) -> {
            state.rememberSource(recent);
            return recent;
        }, r -> start.refresh());
    }

    private void remember(String key, String value) {
        tasks.submit("Saving preferences", (cancel, progress) -> {
            state.setPreference(key, value);
            return value;
        }, v -> { });
    }

    /** A window's width and height in pixels. */
    public record WindowSize(double width, double height) {
    }
}
