package org.incidentworkbench.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.DatabaseConnector;
import org.incidentworkbench.analysis.connections.LiveSource;
import org.incidentworkbench.analysis.connections.SavedConnection;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.incidents.IncidentSummarizer;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.SampleIncident;
import org.incidentworkbench.analysis.source.SnapshotOpener;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.analysis.state.AppStateStore;
import org.incidentworkbench.analysis.state.RecentSource;
import org.incidentworkbench.analysis.state.RecentWorkspace;
import org.incidentworkbench.ui.connect.ConnectionFormViewModel;
import org.incidentworkbench.ui.connect.Logins;
import org.incidentworkbench.ui.connect.SavedConnections;
import org.incidentworkbench.ui.export.ExportSnapshotViewModel;
import org.incidentworkbench.ui.incidents.IncidentListViewModel;
import org.incidentworkbench.ui.start.StartViewModel;
import org.incidentworkbench.ui.sync.SyncFeedbackViewModel;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.Section;
import org.incidentworkbench.ui.workspace.SectionFactory;
import org.incidentworkbench.ui.workspace.WorkspaceViewModel;

/**
 * The main window's state: the page shown, the one open source (a snapshot file or a live
 * database, closed when another replaces it or the user goes back to the start page), its incident
 * list and the workspace open on it, the connection form, the theme and zone the user chose.
 * Opening runs through the task runner; a file that is not a snapshot or a database that cannot be
 * read reaches the problem reporter with its plain message and changes nothing.
 */
public final class ShellViewModel {

    private static final String SNAPSHOT_KIND = "duckdb";

    private final SnapshotOpener opener;
    private final SampleIncident sample;
    private final DatabaseConnector connector;
    private final AppStateStore state;
    private final TaskRunner tasks;
    private final TimeZoneSetting timeZone;
    private final Map<Section, SectionFactory> sections;
    private final Clock clock;
    private final FeedbackLogs feedbackLogs;
    private final WorkspaceTools tools;
    private final StartViewModel start;
    private final Logins logins;
    private final SavedConnections savedConnections;
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.START);
    private final ReadOnlyObjectWrapper<IncidentListViewModel> incidentList = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<WorkspaceViewModel> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ConnectionFormViewModel> connectionForm = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OpenedSource> source = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);

    public ShellViewModel(SnapshotOpener opener, SampleIncident sample, DatabaseConnector connector, AppStateStore state,
                          TaskRunner tasks, TimeZoneSetting timeZone, Map<Section, SectionFactory> sections, Clock clock,
                          FeedbackLogs feedbackLogs, WorkspaceTools tools) {
        this.opener = opener;
        this.sample = sample;
        this.connector = connector;
        this.state = state;
        this.tasks = tasks;
        this.timeZone = timeZone;
        this.sections = Map.copyOf(sections);
        this.clock = clock;
        this.feedbackLogs = feedbackLogs;
        this.tools = tools;
        this.start = new StartViewModel(state, tasks);
        this.logins = new Logins(tasks);
        this.savedConnections = new SavedConnections(state, tasks);
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
        savedConnections.refresh();
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

    /** The source open now, or null. */
    public ReadOnlyObjectProperty<OpenedSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The connection form, while the page shows it. */
    public ReadOnlyObjectProperty<ConnectionFormViewModel> connectionFormProperty() {
        return connectionForm.getReadOnlyProperty();
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

    /** Where a password the server asks for is requested. */
    public Logins logins() {
        return logins;
    }

    public SavedConnections savedConnections() {
        return savedConnections;
    }

    /** Opens a snapshot file and lists its incidents. */
    public void openSnapshot(Path file) {
        open(file, opened -> Optional.empty());
    }

    public void reopen(RecentSource recent) {
        openSnapshot(Path.of(recent.location()));
    }

    /**
     * Opens the recent workspace's source (its snapshot, or its saved connection) and goes straight
     * to the incident (to the list if it is gone).
     */
    public void reopen(RecentWorkspace recent) {
        Function<OpenedSource, Optional<Incident>> incident =
                opened -> opened.incidents().stream().filter(i -> i.id().equals(recent.incidentId())).findFirst();
        if (recent.connectionId().isEmpty()) {
            open(Path.of(recent.sourceLocation()), incident);
            return;
        }
        savedConnection(recent.connectionId().get()).ifPresentOrElse(saved -> openDatabase(saved.settings(), saved.id(), incident,
                                failure -> tasks.report("Connecting to " + saved.name(), failure)),
                        () -> tasks.report("Reopening " + recent.title(), new SourceException("The saved connection this"
                                + " workspace was read through has been deleted; connect to the database again.")));
    }

    /** What a recent workspace was read from, as the start page names it: the snapshot's file or the saved connection. */
    public String sourceName(RecentWorkspace recent) {
        return recent.connectionId()
                .map(id -> savedConnection(id).map(SavedConnection::name).orElse("a saved connection"))
                .orElseGet(() -> Path.of(recent.sourceLocation()).getFileName().toString());
    }

    private Optional<SavedConnection> savedConnection(UUID id) {
        return savedConnections.list().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Prepares the sample snapshot (generating it on first use) and opens its most pressing incident. */
    public void openSample() {
        tasks.submit("Preparing the sample incident", (cancel, progress) -> sample.ensure(m -> progress.update(-1, m)),
                file -> open(file, opened -> IncidentSummarizer.mostPressing(opened.incidents())));
    }

    /** Shows the form for a new database connection. */
    public void newConnection() {
        showConnectionForm(null);
    }

    /** Shows the form on a saved connection, to edit, rename or delete it (or test and connect). */
    public void editConnection(SavedConnection saved) {
        showConnectionForm(saved);
    }

    /** Opens a saved connection's database and lists its incidents; a failure reaches the banner. */
    public void openConnection(SavedConnection saved) {
        openDatabase(saved.settings(), saved.id(), opened -> Optional.empty(),
                failure -> tasks.report("Connecting to " + saved.name(), failure));
    }

    /**
     * Logs into the database (asking for a password when the server wants one) and lists its
     * incidents, as for a snapshot.
     */
    public void openDatabase(ConnectionSettings settings, Consumer<? super Throwable> onFailure) {
        openDatabase(settings, null, opened -> Optional.empty(), onFailure);
    }

    /** {@code connectionId}: the saved connection the settings are, or null; only then are its workspaces remembered. */
    private void openDatabase(ConnectionSettings settings, UUID connectionId,
                              Function<OpenedSource, Optional<Incident>> andOpen, Consumer<? super Throwable> onFailure) {
        logins.run("Connecting to " + settings.name(), settings, (password, cancel) -> {
            LiveSource live = connector.open(settings, password);
            return readIncidents(live.source(), cancel,
                    incidents -> OpenedSource.database(settings, connectionId, live, incidents,
                            feedbackLogs.database(settings, password)));
        }, opened -> show(opened, andOpen), onFailure);
    }

    /** Opens the workspace of an incident of the open source. */
    public void openIncident(Incident incident) {
        closeWorkspace();
        OpenedSource opened = source.get();
        ExportSnapshotViewModel export = new ExportSnapshotViewModel(opened.source(), incident, opened.file(),
                tools.exports(), tools.exportDefaults(), tasks);
        SyncFeedbackViewModel sync = opened.isSnapshot()
                ? new SyncFeedbackViewModel(opened.file(), tools.feedbackSync(), logins, savedConnections.list(), tasks)
                : null;
        workspace.set(new WorkspaceViewModel(incident, opened.source(), opened.feedback(), tasks, timeZone, sections,
                export, sync));
        page.set(Page.WORKSPACE);
        opened.recentWorkspace(incident, clock.instant()).ifPresent(recent ->
                tasks.submit("Remembering the workspace", (cancel, progress) -> {
                    state.rememberWorkspace(recent);
                    return recent;
                }, r -> start.refresh()));
    }

    /** Back from the workspace to the incident list; the workspace's sections stop their work. */
    public void closeWorkspace() {
        if (workspace.get() != null) {
            workspace.get().close();
            workspace.set(null);
        }
        if (source.get() != null) {
            page.set(Page.INCIDENTS);
        }
    }

    /** Back to the start page; the source is closed, then given the feedback that waited for that. */
    public void closeSource() {
        closeWorkspace();
        OpenedSource closing = source.get();
        if (closing != null) {
            closing.source().close();
            source.set(null);
            if (closing.feedback().deliveredAfterClose()) {
                tasks.submit("Saving notes to " + closing.label(),
                        (cancel, progress) -> closing.feedback().log().retryPending(), stillPending -> { });
            }
        }
        incidentList.set(null);
        connectionForm.set(null);
        page.set(Page.START);
    }

    private void showConnectionForm(SavedConnection saved) {
        closeSource();
        connectionForm.set(new ConnectionFormViewModel(connector, logins, savedConnections, tasks, this::openDatabase,
                saved, this::closeSource));
        page.set(Page.CONNECT);
    }

    private void open(Path file, Function<OpenedSource, Optional<Incident>> andOpen) {
        tasks.submit("Opening " + file.getFileName(), (cancel, progress) -> {
            IncidentSource snapshot = opener.open(file);
            return readIncidents(snapshot, cancel,
                    incidents -> OpenedSource.snapshot(file, snapshot, incidents, feedbackLogs.snapshot(file)));
        }, opened -> {
            show(opened, andOpen);
            rememberSource(opened);
            checkAgainstManifest(file);
        });
    }

    /**
     * Checks the snapshot's data against its export manifest after it has opened: a full scan, so
     * in the background, and a mismatch reaches the banner naming the altered tables.
     */
    private void checkAgainstManifest(Path file) {
        String title = "Checking " + file.getFileName() + " against its manifest";
        tasks.submit(title, (cancel, progress) -> opener.alteration(file, cancel),
                warning -> warning.ifPresent(w -> tasks.report(title, new SourceException(w))));
    }

    private void show(OpenedSource opened, Function<OpenedSource, Optional<Incident>> andOpen) {
        closeSource();
        source.set(opened);
        incidentList.set(new IncidentListViewModel(opened.label(), opened.incidents(), timeZone, this::openIncident));
        page.set(Page.INCIDENTS);
        andOpen.apply(opened).ifPresent(this::openIncident);
    }

    /** The source's incidents, as {@code opened} makes them an opened source; the source is closed when that fails. */
    private static OpenedSource readIncidents(IncidentSource source, Cancellation cancel,
                                              Function<List<Incident>, OpenedSource> opened) {
        try {
            List<Incident> incidents = source.incidents(cancel);
            // A cancelled open delivers nothing, so nobody else would close the source.
            cancel.throwIfCancelled();
            return opened.apply(incidents);
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    private void rememberSource(OpenedSource opened) {
        RecentSource recent = new RecentSource(SNAPSHOT_KIND, opened.location(), opened.label(), clock.instant());
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
