package org.incidentworkbench.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.Password;
import org.incidentworkbench.analysis.connections.SavedConnection;
import org.incidentworkbench.analysis.feedback.Actor;
import org.incidentworkbench.analysis.feedback.FeedbackEvents;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.state.RecentWorkspace;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.export.ManifestVerifier;
import org.incidentworkbench.storage.export.TableCheck;
import org.incidentworkbench.storage.feedback.FeedbackOutbox;
import org.incidentworkbench.storage.postgres.PostgresConnector;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import org.incidentworkbench.storage.state.SqliteStateStore;
import org.incidentworkbench.ui.connect.ConnectionFormViewModel;
import org.incidentworkbench.ui.connect.PasswordRequest;
import org.incidentworkbench.ui.export.ExportStage;
import org.incidentworkbench.ui.metrics.ChartData;
import org.incidentworkbench.ui.metrics.MetricsViewModel;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.shell.Page;
import org.incidentworkbench.ui.shell.ShellViewModel;
import org.incidentworkbench.ui.sync.SyncFeedbackViewModel;
import org.incidentworkbench.ui.sync.SyncReport;
import org.incidentworkbench.ui.tasks.FxTaskRunner;
import org.incidentworkbench.ui.tasks.SameThreadTaskRunner;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.Section;
import org.incidentworkbench.ui.workspace.SectionView;
import org.incidentworkbench.ui.workspace.WorkspaceContext;
import org.incidentworkbench.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop's live-database paths end to end, without a toolkit: the shell and its view models
 * over the real PostgreSQL connector, the real state store, the app's export and feedback sync and
 * a real server holding the sample, which the tests stop and start again under the app.
 */
class LiveDatabaseDesktopTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems(Clock.systemUTC());
    private LiveIncidentDatabase db;
    private SqliteStateStore state;
    private FeedbackOutbox outbox;
    private ShellViewModel shell;

    @BeforeEach
    void start() throws IOException, SQLException {
        db = LiveIncidentDatabase.start(dir);
        state = SqliteStateStore.open(dir.resolve("state.db"));
        outbox = FeedbackOutbox.open(dir.resolve("state.db"), Clock.systemUTC());
        PostgresConnector connector = new PostgresConnector(Map.of(), new SourceProfiles(dir));
        shell = new ShellViewModel(DuckDbSnapshots::open, status -> {
            throw new AssertionError("these tests open no sample");
        }, connector, state, new SameThreadTaskRunner(problems), new TimeZoneSetting(ZoneOffset.UTC),
                Map.of(Section.METRICS, MetricsOnly::new), Clock.systemUTC(), new OutboxFeedbackLogs(outbox, connector),
                StorageSnapshotExports.workspaceTools(outbox, connector, Clock.systemUTC(), new ExportFolders(state)));
        shell.restorePreferences();
    }

    @AfterEach
    void stop() throws IOException {
        shell.closeSource();
        state.close();
        outbox.close();
        db.close();
    }

    @Test
    void aSavedConnectionAsksForItsPasswordOnceAndReconnectsWithoutAskingAgain() {
        SavedConnection saved = new SavedConnection(UUID.randomUUID(), db.settings("sample"));
        state.saveConnection(saved);

        shell.openConnection(saved);
        assertThat(prompt().reason()).isEmpty();
        prompt().answer().accept(new Password("not it"));
        assertThat(prompt().reason()).contains("wrong user or password");
        prompt().answer().accept(new Password(LiveIncidentDatabase.PASSWORD));

        assertThat(shell.pageProperty().get()).isEqualTo(Page.INCIDENTS);
        assertThat(shell.incidentListProperty().get().rows()).isNotEmpty();
        assertThat(shell.sourceProperty().get().encrypted()).isFalse();
        assertThat(shell.sourceProperty().get().description())
                .startsWith("sample · reader@localhost:" + db.port() + "/incidents · PostgreSQL ");

        shell.closeSource();
        shell.openConnection(saved);
        assertThat(prompt()).isNull();
        assertThat(shell.pageProperty().get()).isEqualTo(Page.INCIDENTS);
        assertThat(problems.currentProperty().get()).isNull();
    }

    @Test
    void aWorkspaceOpenedThroughASavedConnectionIsRememberedAndReopensThroughIt() {
        SavedConnection saved = new SavedConnection(UUID.randomUUID(), db.settings("sample"));
        state.saveConnection(saved);
        shell.savedConnections().refresh();
        shell.openConnection(saved);
        prompt().answer().accept(new Password(LiveIncidentDatabase.PASSWORD));
        Incident incident = shell.incidentListProperty().get().rows().getLast();
        shell.openIncident(incident);
        shell.closeSource();

        RecentWorkspace recent = state.recentWorkspaces().getFirst();
        assertThat(recent.connectionId()).contains(saved.id());
        assertThat(shell.sourceName(recent)).isEqualTo("sample");

        shell.reopen(recent);

        assertThat(prompt()).as("the password is remembered for the session").isNull();
        assertThat(shell.pageProperty().get()).isEqualTo(Page.WORKSPACE);
        assertThat(shell.workspaceProperty().get().title()).isEqualTo(incident.title());
    }

    @Test
    void aWorkspaceOfADeletedConnectionSaysSoAndOpensNothing() {
        RecentWorkspace orphan = RecentWorkspace.inConnection(UUID.randomUUID(), UUID.randomUUID(), "gone", Clock.systemUTC().instant());

        shell.reopen(orphan);

        assertThat(problems.currentProperty().get().message()).contains("has been deleted");
        assertThat(shell.pageProperty().get()).isEqualTo(Page.START);
    }

    @Test
    void exportingFromADatabaseWorkspaceWritesASnapshotThatVerifiesAndNoSyncIsOffered() {
        SavedConnection saved = new SavedConnection(UUID.randomUUID(), db.settings("sample"));
        shell.openConnection(saved);
        prompt().answer().accept(new Password(LiveIncidentDatabase.PASSWORD));
        shell.openIncident(shell.incidentListProperty().get().rows().getFirst());
        WorkspaceViewModel workspace = shell.workspaceProperty().get();
        Path file = dir.resolve("from-the-database.duckdb");

        workspace.export().chooseTarget(file);
        workspace.export().export();

        assertThat(workspace.export().stageProperty().get()).isEqualTo(ExportStage.DONE);
        List<TableCheck> checks = ManifestVerifier.verify(file, Cancellation.none());
        assertThat(checks).isNotEmpty().allMatch(TableCheck::matches);
        assertThat(workspace.export().summaryProperty().get().rows())
                .isEqualTo(checks.stream().mapToLong(TableCheck::actualRows).sum());
        assertThat(workspace.sync()).as("a database holds its feedback already").isEmpty();
    }

    @Test
    void syncingASnapshotAsksForTheDatabasePasswordAsConnectingDoesAndPushesTheNotesTakenOffline() throws Exception {
        db.allowFeedbackWrites();
        SavedConnection saved = new SavedConnection(UUID.randomUUID(), db.settings("sample"));
        state.saveConnection(saved);
        shell.savedConnections().refresh();
        shell.openSnapshot(Files.copy(db.snapshot(), dir.resolve("review.duckdb")));
        Incident incident = shell.incidentListProperty().get().rows().getFirst();
        shell.openIncident(incident);
        FeedbackEvent note = new FeedbackEvents(Actor.user("ana")).note(incident.id(), "Rolled back payments at 14:40.");
        shell.sourceProperty().get().feedback().log().record(note);
        SyncFeedbackViewModel sync = shell.workspaceProperty().get().sync().orElseThrow();
        sync.open();

        sync.sync();
        prompt().cancel().run();
        assertThat(sync.failureProperty().get()).contains("asks for the password of user \"reader\"");

        sync.sync();
        prompt().answer().accept(new Password("not it"));
        assertThat(prompt().reason()).contains("wrong user or password");
        prompt().answer().accept(new Password(LiveIncidentDatabase.PASSWORD));

        SyncReport report = sync.reportProperty().get();
        assertThat(report.pushed()).isEqualTo(1);
        assertThat(report.alreadyPresent()).as("the snapshot's own feedback, loaded from the same sample").isPositive();
        assertThat(report.quarantined()).isZero();
        assertThat(sync.failureProperty().get()).isEmpty();
        try (IncidentSource live = new PostgresConnector(Map.of(), new SourceProfiles(dir))
                .open(saved.settings(), new Password(LiveIncidentDatabase.PASSWORD)).source()) {
            assertThat(live.feedback(incident.id(), Cancellation.none())).extracting(FeedbackEvent::id).contains(note.id());
        }
    }

    @Test
    void eachReasonAConnectionFailsHasItsOwnMessageInTheFormWhichKeepsItsFields() throws Exception {
        shell.newConnection();
        ConnectionFormViewModel form = shell.connectionFormProperty().get();
        form.hostProperty().set("localhost");
        form.portProperty().set(Integer.toString(closedPort()));
        form.databaseProperty().set(LiveIncidentDatabase.DATABASE);
        form.userProperty().set(LiveIncidentDatabase.READER);

        form.test();
        assertThat(form.errorProperty().get()).startsWith("Cannot reach PostgreSQL at localhost:")
                .contains("the host is unreachable or nothing answers on that port");

        form.portProperty().set(Integer.toString(db.port()));
        form.databaseProperty().set("incidnets");
        form.test();
        prompt().answer().accept(new Password(LiveIncidentDatabase.PASSWORD));
        assertThat(form.errorProperty().get())
                .isEqualTo("PostgreSQL at localhost:" + db.port() + " has no database \"incidnets\". Check the database name.");

        form.databaseProperty().set("postgres");
        form.connect();
        prompt().answer().accept(new Password(LiveIncidentDatabase.PASSWORD));
        assertThat(form.errorProperty().get()).isEqualTo("localhost:" + db.port() + "/postgres: this database has no"
                + " incident schema: choose a source profile or run `workbench db init`.");

        form.databaseProperty().set(LiveIncidentDatabase.DATABASE);
        form.test();
        prompt().answer().accept(new Password(LiveIncidentDatabase.PASSWORD));
        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(form.checkProperty().get().profile().fits()).isTrue();
        assertThat(form.checkProperty().get().serverVersion()).startsWith("PostgreSQL ");
        assertThat(shell.pageProperty().get()).isEqualTo(Page.CONNECT);
        assertThat(form.userProperty().get()).isEqualTo(LiveIncidentDatabase.READER);
    }

    @Test
    void aServerRestartKeepsTheChartSaysWhyAndTryAgainReadsOnceTheServerIsBack() throws IOException {
        shell.openDatabase(db.settings("sample"), failure -> {
            throw new AssertionError(failure);
        });
        prompt().answer().accept(new Password(LiveIncidentDatabase.PASSWORD));
        shell.openIncident(shell.incidentListProperty().get().rows().getFirst());
        MetricsViewModel metrics = ((MetricsOnly) shell.workspaceProperty().get().sections().current()).model;
        ChartData before = metrics.dataProperty().get();
        assertThat(before.series()).isNotEmpty().allSatisfy(s -> assertThat(s.size()).isPositive());

        db.stop();
        metrics.aggregationProperty().set(Aggregation.MAX);

        assertThat(metrics.failures().messageProperty().get()).isEqualTo("Could not load metrics: Cannot reach PostgreSQL"
                + " at localhost:" + db.port() + ": the host is unreachable or nothing answers on that port."
                + " Check the host, the port and the network.");
        assertThat(metrics.dataProperty().get()).isSameAs(before);
        assertThat(problems.currentProperty().get().task()).isEqualTo("Loading metrics");

        db.restart();
        metrics.failures().retry();

        assertThat(metrics.failures().messageProperty().get()).isEmpty();
        ChartData after = metrics.dataProperty().get();
        assertThat(after).isNotSameAs(before);
        assertThat(after.series()).hasSameSizeAs(before.series()).allSatisfy(s -> assertThat(s.size()).isPositive());
    }

    @Test
    void leavingAWorkspaceStopsItsReadOnTheServer() throws Exception {
        // A user profile whose metric points take a minute to read: the canonical one with a sleep.
        String canonical;
        try (InputStream in = SourceProfiles.class.getResourceAsStream("canonical.json")) {
            canonical = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String slowPoints = "SELECT ts, service, metric, value, labels FROM metric_points CROSS JOIN (SELECT pg_sleep(60)) slow";
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(profiles.resolve("slow.json"), canonical
                .replace("\"SELECT ts, service, metric, value, labels FROM metric_points\"", "\"" + slowPoints + "\""));
        ConnectionSettings c = db.settings("slow");
        ConnectionSettings slow = new ConnectionSettings(c.name(), c.host(), c.port(), c.database(), c.user(), c.tlsMode(),
                null, "slow");
        FxToolkit.registerPrimaryStage();
        FxTaskRunner tasks = new FxTaskRunner(problems);
        PostgresConnector connector = new PostgresConnector(Map.of("PGPASSWORD", LiveIncidentDatabase.PASSWORD),
                new SourceProfiles(profiles));
        ShellViewModel live = onFx(() -> new ShellViewModel(DuckDbSnapshots::open, status -> {
            throw new AssertionError("this test opens no sample");
        }, connector, state, tasks, new TimeZoneSetting(ZoneOffset.UTC), Map.of(Section.METRICS, MetricsOnly::new),
                Clock.systemUTC(), new OutboxFeedbackLogs(outbox, connector),
                StorageSnapshotExports.workspaceTools(outbox, connector, Clock.systemUTC(), new ExportFolders(state))));
        try {
            onFx(() -> {
                live.openDatabase(slow, failure -> {
                    throw new AssertionError(failure);
                });
                return null;
            });
            await("the incident list", () -> onFx(() -> live.pageProperty().get() == Page.INCIDENTS));
            onFx(() -> {
                live.openIncident(live.incidentListProperty().get().rows().getFirst());
                return null;
            });
            await("the slow read on the server", () -> db.runningStatements("pg_sleep") > 0);

            onFx(() -> {
                live.closeWorkspace();
                return null;
            });

            await("the slow read gone from the server", () -> db.runningStatements("pg_sleep") == 0);
            assertThat(problems.currentProperty().get()).as("a cancelled read is no problem").isNull();
        } finally {
            onFx(() -> {
                live.closeSource();
                return null;
            });
            tasks.close();
        }
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    /** Polls {@code condition} for up to 10 s: the server's own view of its statements changes asynchronously. */
    private void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("waited 10 s for %s; problem: %s", what, problems.currentProperty().get())
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private PasswordRequest prompt() {
        return shell.logins().passwordRequestProperty().get();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The Metrics section's state without its view: these tests run without a toolkit. */
    private static final class MetricsOnly implements SectionView {

        final MetricsViewModel model;

        MetricsOnly(WorkspaceContext context) {
            model = new MetricsViewModel(context.source(), context.incident(), context.tasks());
            model.open();
        }

        @Override
        public Node node() {
            return null;
        }

        @Override
        public void dispose() {
            model.dispose();
        }
    }
}
