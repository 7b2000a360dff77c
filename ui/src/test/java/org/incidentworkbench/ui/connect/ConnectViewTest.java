package org.incidentworkbench.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.SavedConnection;
import org.incidentworkbench.analysis.connections.TlsMode;
import org.incidentworkbench.analysis.state.AppStateStore;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.ui.logs.LogsSection;
import org.incidentworkbench.ui.metrics.ChartData;
import org.incidentworkbench.ui.metrics.MetricsSection;
import org.incidentworkbench.ui.metrics.MetricsViewModel;
import org.incidentworkbench.ui.overview.OverviewSection;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.shell.MainWindow;
import org.incidentworkbench.ui.shell.Page;
import org.incidentworkbench.ui.shell.ShellViewModel;
import org.incidentworkbench.ui.tasks.FxTaskRunner;
import org.incidentworkbench.ui.testing.FailingReads;
import org.incidentworkbench.ui.testing.FakeDatabase;
import org.incidentworkbench.ui.testing.FreshStateStore;
import org.incidentworkbench.ui.testing.MemoryFeedback;
import org.incidentworkbench.ui.testing.Screenshots;
import org.incidentworkbench.ui.testing.StorageTools;
import org.incidentworkbench.ui.testing.UiSample;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Connect to database…" clicked through headless against a stand-in server: the form, the
 * password prompt, a test's findings, a failure in the form, saved connections on the start page
 * and the status bar's warning for a session that is not encrypted.
 */
class ConnectViewTest extends ApplicationTest {

    private final Problems problems = new Problems(Clock.systemUTC());
    private final FakeDatabase database = new FakeDatabase();
    private FxTaskRunner tasks;
    private ShellViewModel shell;
    private MainWindow window;
    private AppStateStore state;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        UiSample.file();
        state = FreshStateStore.open();
        tasks = new FxTaskRunner(problems);
        shell = new ShellViewModel(DuckDbSnapshots::open, status -> UiSample.file(), database, state, tasks,
                new TimeZoneSetting(ZoneOffset.UTC), Map.of(Section.OVERVIEW, OverviewSection::new,
                        Section.METRICS, MetricsSection::new, Section.LOGS, LogsSection::new), Clock.systemUTC(),
                new MemoryFeedback(), StorageTools.exportOnly());
        shell.restorePreferences();
        window = new MainWindow(shell, problems);
        window.showIn(stage, () -> { });
        this.stage = stage;
    }

    @AfterEach
    void close() {
        // Hiding closes the source and writes the window size, so it goes before the store closes.
        interact(stage::hide);
        tasks.close();
        state.close();
    }

    @Test
    void aTestAsksForThePasswordThenShowsTheServerItsExtensionsTheProfileAndEncryption() throws Exception {
        clickOn("#connect-database");
        waitUntil(() -> shell.pageProperty().get() == Page.CONNECT);
        Screenshots.save(window, "connect-form-empty");

        fill(FakeDatabase.HOST, FakeDatabase.DATABASE, "reader");
        clickOn("#connection-test");
        waitUntil(() -> lookup("#password-field").tryQuery().map(Node::isVisible).orElse(false));
        write("guess");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#password-reason").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(text("#password-reason")).contains("wrong user or password");
        assertThat(lookup("#page").query().isDisabled()).as("the form behind the prompt takes no focus").isTrue();
        Screenshots.save(window, "password-prompt");

        clickOn("#password-field").write(FakeDatabase.PASSWORD);
        clickOn("#password-submit");
        waitUntil(() -> lookup("#check-report").tryQuery().isPresent());
        assertThat(lookup("#password-prompt").query().isVisible()).isFalse();
        assertThat(lookup("#page").query().isDisabled()).isFalse();
        assertThat(text("#check-server")).isEqualTo("PostgreSQL 16.4");
        assertThat(text("#check-timescaledb")).isEqualTo("present");
        assertThat(text("#check-pgvector")).isEqualTo("absent");
        assertThat(text("#check-age")).isEqualTo("absent");
        assertThat(text("#check-profile")).isEqualTo("fits this database");
        assertThat(lookup("#check-encryption .label").queryLabeled().getText()).isEqualTo("not encrypted");
        Screenshots.save(window, "connect-form-tested");
    }

    @Test
    void anUnreachableHostIsSaidInTheFormWhichKeepsWhatWasTyped() throws Exception {
        clickOn("#connect-database");
        fill("db.example.com", FakeDatabase.DATABASE, "reader");
        clickOn("#connection-tls");
        clickOn("verify-full — encrypt, check the issuer and the host name");
        clickOn("#connection-root-certificate").write("/etc/ssl/company-root.crt");

        clickOn("#connection-test");
        waitUntil(() -> !text("#connection-error").isEmpty());

        assertThat(text("#connection-error")).startsWith("Cannot reach PostgreSQL at db.example.com:5432");
        assertThat(lookup("#connection-host").queryAs(TextField.class).getText()).isEqualTo("db.example.com");
        assertThat(lookup("#connection-root-certificate").queryAs(TextField.class).getText())
                .isEqualTo("/etc/ssl/company-root.crt");
        assertThat(lookup("#connection-test").query().isDisabled()).isFalse();
        Screenshots.save(window, "connect-form-error");
    }

    @Test
    void aSavedConnectionOpensWithAClickAndThePlainSessionIsFlaggedInTheStatusBar() throws Exception {
        interact(() -> {
            state.saveConnection(saved("production", TlsMode.VERIFY_FULL));
            state.saveConnection(saved("staging", TlsMode.PREFER));
            shell.savedConnections().refresh();
        });
        waitUntil(() -> lookup("#saved-connections").queryListView().getItems().size() == 2);
        assertThat(lookup("#status-unencrypted").query().isVisible()).isFalse();
        Screenshots.save(window, "start-saved-connections");

        clickOn("staging");
        waitUntil(() -> lookup("#password-field").tryQuery().map(Node::isVisible).orElse(false));
        write(FakeDatabase.PASSWORD);
        clickOn("#password-submit");
        waitUntil(() -> shell.pageProperty().get() == Page.INCIDENTS);
        interact(() -> shell.openIncident(shell.incidentListProperty().get().rows().getFirst()));
        waitUntil(() -> lookup(".overview-tile").queryAll().size() == 6);

        assertThat(lookup("#status-unencrypted").query().isVisible()).isTrue();
        assertThat(text("#status-source")).isEqualTo("staging · reader@db.example.org:5432/incidents · PostgreSQL 16.4");
        Screenshots.save(window, "workspace-live-unencrypted");
        Screenshots.save(lookup(".status-bar").query(), "status-bar-unencrypted");
    }

    @Test
    void losingTheDatabaseKeepsChartsAndRowsSaysWhyAndTryAgainReadsOnceItIsBack() throws Exception {
        interact(() -> shell.openConnection(saved("production", TlsMode.PREFER)));
        waitUntil(() -> lookup("#password-field").tryQuery().map(Node::isVisible).orElse(false));
        write(FakeDatabase.PASSWORD);
        type(KeyCode.ENTER);
        waitUntil(() -> shell.pageProperty().get() == Page.INCIDENTS);
        interact(() -> shell.openIncident(shell.incidentListProperty().get().rows().getFirst()));
        clickOn("#nav-logs");
        waitUntil(() -> lookup(".table-row-cell").queryAll().size() > 10);
        clickOn("#nav-metrics");
        MetricsViewModel metrics = ((MetricsSection) shell.workspaceProperty().get().sections().current()).model();
        waitUntil(() -> metrics.dataProperty().get().series().size() == 4 && !metrics.loadingProperty().get());
        ChartData before = metrics.dataProperty().get();

        database.outage.goDown();
        interact(() -> metrics.aggregationProperty().set(Aggregation.MAX));
        waitUntil(() -> lookup("#metrics-failure").query().isVisible());

        assertThat(lookup("#metrics-failure .label").queryLabeled().getText())
                .isEqualTo("Could not load metrics: " + FailingReads.LOST);
        assertThat(metrics.dataProperty().get()).isSameAs(before);
        assertThat(lookup(".time-series-chart").queryAll()).hasSize(4);
        Screenshots.save(window, "lost-connection-metrics");

        clickOn("#nav-logs");
        TableView<?> table = lookup("#log-table").queryAs(TableView.class);
        List<Object> rows = List.copyOf(table.getItems());
        Node row = lookup(".table-row-cell").nth(2).query();
        clickOn(row);
        type(KeyCode.END);
        waitUntil(() -> lookup("#logs-failure").query().isVisible());
        assertThat(List.<Object>copyOf(table.getItems())).isEqualTo(rows);
        Screenshots.save(window, "lost-connection-logs");

        database.outage.recovered();
        clickOn("#logs-failure-retry");
        waitUntil(() -> !lookup("#logs-failure").query().isVisible());
        clickOn("#nav-metrics");
        clickOn("#metrics-failure-retry");
        waitUntil(() -> !lookup("#metrics-failure").query().isVisible() && !metrics.loadingProperty().get());
        assertThat(metrics.dataProperty().get()).isNotSameAs(before);
    }

    private void fill(String host, String database, String user) {
        clickOn("#connection-host").write(host);
        clickOn("#connection-database").write(database);
        clickOn("#connection-user").write(user);
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private static SavedConnection saved(String name, TlsMode tls) {
        return new SavedConnection(UUID.randomUUID(), new ConnectionSettings(name, FakeDatabase.HOST, 5432,
                FakeDatabase.DATABASE, "reader", tls, null, ConnectionSettings.CANONICAL_PROFILE));
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
