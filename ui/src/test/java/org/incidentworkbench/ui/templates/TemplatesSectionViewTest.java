package org.incidentworkbench.ui.templates;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.templates.SpikeBucket;
import org.incidentworkbench.analysis.templates.TemplateActivity;
import org.incidentworkbench.analysis.templates.TemplateChange;
import org.incidentworkbench.analysis.templates.TemplateKey;
import org.incidentworkbench.ui.export.ExportSnapshotViewModel;
import org.incidentworkbench.ui.logs.LogsSection;
import org.incidentworkbench.ui.overview.OverviewSection;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.FxTaskRunner;
import org.incidentworkbench.ui.templates.TemplateReports.Status;
import org.incidentworkbench.ui.testing.MemoryFeedback;
import org.incidentworkbench.ui.testing.QuietHour;
import org.incidentworkbench.ui.testing.Screenshots;
import org.incidentworkbench.ui.testing.StorageTools;
import org.incidentworkbench.ui.testing.UiSample;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.Section;
import org.incidentworkbench.ui.workspace.WorkspaceView;
import org.incidentworkbench.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Clicks through "What changed in the logs" headless, in a workspace with Logs beside it, on the small
 * sample (and on a quiet half hour for the empty diff), and saves what it looks like.
 */
class TemplatesSectionViewTest extends ApplicationTest {

    private static final String WORKBENCH_CSS = WorkspaceView.class.getResource("/org/incidentworkbench/ui/shell/workbench.css")
            .toExternalForm();

    private final Problems problems = new Problems(Clock.systemUTC());
    private final TimeZoneSetting zone = new TimeZoneSetting(ZoneId.of("Asia/Kolkata"));
    private final List<AutoCloseable> opened = new ArrayList<>();
    private final StackPane root = new StackPane();
    private FxTaskRunner tasks;
    private WorkspaceViewModel workspace;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        tasks = new FxTaskRunner(problems);
        Scene scene = new Scene(root, 1600, 1000);
        scene.getStylesheets().add(WORKBENCH_CSS);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        interact(() -> {
            if (workspace != null) {
                workspace.close();
            }
        });
        tasks.close();
        for (AutoCloseable c : opened) {
            c.close();
        }
        interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    /** Opens a workspace on {@code source} with Logs and the log changes, and shows the log changes. */
    private TemplatesViewModel open(IncidentSource source, Incident incident) {
        interact(() -> {
            workspace = new WorkspaceViewModel(incident, source, MemoryFeedback.source(), tasks, zone,
                    Map.of(Section.LOGS, LogsSection::new, Section.TEMPLATES, TemplatesSection::new),
                    new ExportSnapshotViewModel(source, incident, null, StorageTools.exports(), StorageTools.DEFAULTS,
                            tasks), null);
            workspace.sections().show(Section.TEMPLATES);
            root.getChildren().setAll(new WorkspaceView(workspace, () -> { }));
        });
        return ((TemplatesSection) workspace.sections().current()).viewModel();
    }

    private WatchedSource sample;

    private TemplatesViewModel openSample() {
        IncidentSource source = UiSample.open();
        opened.add(source);
        sample = new WatchedSource(source);
        TemplatesViewModel vm = open(sample.source, source.incidents(Cancellation.none()).getFirst());
        waitUntil(() -> vm.statusProperty().get() == Status.READY);
        return vm;
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("the view did not settle in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node section() {
        return workspace.sections().current().node();
    }

    private Node row(String table, int index) {
        return lookup("#" + table + " .table-row-cell").match((TableRow<?> r) -> r.getIndex() == index).query();
    }

    @Test
    void theSectionShowsTheSpikesTheRankedChangesAndEveryTemplate() {
        TemplatesViewModel vm = openSample();

        assertThat(lookup("#templates-incident").queryLabeled().getText()).isEqualTo(vm.incidentText().get()).isNotEmpty();
        assertThat(lookup("#templates-baseline").queryLabeled().getText()).startsWith("the hour before, ");
        TableView<TemplateChange> changes = lookup("#template-changes").queryTableView();
        assertThat(changes.getItems()).containsExactlyElementsOf(vm.changes());
        assertThat(changes.getSelectionModel().getSelectedItem()).isEqualTo(vm.changes().getFirst());
        assertThat(lookup(".spike-bucket").queryAll()).hasSize(vm.spikes().size());
        assertThat(lookup(".spike-bucket.spike").queryAll()).hasSize((int) vm.spikes().stream().filter(SpikeBucket::spike).count());
        assertThat(lookup("#spike-templates .spike-template").queryAll()).hasSize(vm.selectedBucketProperty().get().templates().size());
        Screenshots.save(root, "templates-loaded");
        assertThat(problems.currentProperty().get()).isNull();
    }

    @Test
    void theDarkThemeKeepsTheChartTheBadgesAndTheTemplatesReadable() {
        interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        openSample();
        Screenshots.save(root, "templates-dark");
    }

    @Test
    void hoveringABucketListsItsTemplatesAndClickingOneSelectsItBelow() {
        TemplatesViewModel vm = openSample();
        int spike = vm.spikes().indexOf(vm.selectedBucketProperty().get());
        int quiet = vm.spikes().size() - 2;
        clickOn(lookup("#spike-bucket-" + quiet).queryAs(Node.class));
        assertThat(vm.selectedBucketProperty().get()).isEqualTo(vm.spikes().get(quiet));

        moveTo(lookup("#spike-bucket-" + spike).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.shownBucketProperty().get()).isEqualTo(vm.spikes().get(spike));
        assertThat(lookup("#spike-templates .spike-template").queryAll()).isNotEmpty();
        Screenshots.save(section(), "templates-spike-hovered");

        clickOn(lookup("#spike-bucket-" + spike).queryAs(Node.class));
        SpikeBucket.Contributor second = vm.spikes().get(spike).templates().get(1);
        // On the way to the list the pointer crosses other buckets; the list is the pinned one's again once it leaves.
        moveTo("#spike-details");
        clickOn(lookup("#spike-template-1").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.selectedTemplateProperty().get()).isEqualTo(second.template());
        TableView<TemplateActivity> browser = lookup("#template-table").queryTableView();
        assertThat(browser.getSelectionModel().getSelectedItem()).isEqualTo(second.template());
        Screenshots.save(section(), "templates-spike-selected");
    }

    @Test
    void theBrowserListsAServicesTemplatesAndTheVariablesOfTheOneSelected() {
        TemplatesViewModel vm = openSample();
        TemplateKey checkoutErrors = new TemplateKey("checkout", Severity.ERROR);
        ComboBox<KeySummary> keys = lookup("#template-keys").queryComboBox();
        KeySummary summary = vm.keys().stream().filter(k -> k.key().equals(checkoutErrors)).findFirst().orElseThrow();
        interact(() -> keys.getSelectionModel().select(summary));
        waitUntil(() -> checkoutErrors.equals(vm.selectedKeyProperty().get()));
        int withVariables = 0;
        while (vm.templates().get(withVariables).template().parameters().size() < 2) {
            withVariables++;
        }
        clickOn(row("template-table", withVariables));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.selectedTemplateProperty().get()).isEqualTo(vm.templates().get(withVariables));
        assertThat(lookup("#template-parameters .parameter").queryAll()).hasSize(vm.parameters().size());
        Screenshots.save(section(), "templates-browser-parameters");
    }

    @Test
    void theOverviewCardListsTheTopChangesMinedOnceForTheWholeWorkspaceAndARowShowsItsLines() {
        IncidentSource source = UiSample.open();
        opened.add(source);
        sample = new WatchedSource(source);
        interact(() -> {
            Incident incident = source.incidents(Cancellation.none()).getFirst();
            workspace = new WorkspaceViewModel(incident, sample.source, MemoryFeedback.source(), tasks, zone,
                    Map.of(Section.OVERVIEW, OverviewSection::new, Section.LOGS, LogsSection::new,
                            Section.TEMPLATES, TemplatesSection::new),
                    new ExportSnapshotViewModel(sample.source, incident, null, StorageTools.exports(), StorageTools.DEFAULTS,
                            tasks), null);
            workspace.sections().show(Section.OVERVIEW);
            root.getChildren().setAll(new WorkspaceView(workspace, () -> { }));
        });
        waitUntil(() -> lookup("#log-changes .change-badge").tryQuery().isPresent());

        assertThat(lookup("#log-changes .change-badge").queryAll()).hasSize(LogChangesCardModel.SHOWN);
        assertThat(lookup("#log-changes-summary").queryLabeled().getText())
                .matches("\\d+ templates changed against the hour before, most significant first");
        assertThat(lookup("#log-changes-all").queryLabeled().isVisible()).isTrue();
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        Screenshots.save(root, "overview-log-changes");

        int minedPages = sample.pages.get();
        clickOn("#log-changes-all");
        TemplatesViewModel vm = ((TemplatesSection) workspace.sections().current()).viewModel();
        waitUntil(() -> vm.statusProperty().get() == Status.READY);
        assertThat(sample.pages.get()).as("the section reuses the Overview's mining").isEqualTo(minedPages);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#spike-chart-title").queryLabeled().getText()).startsWith("Warnings and errors per ");

        interact(() -> workspace.sections().show(Section.OVERVIEW));
        waitUntil(() -> lookup("#log-changes .change-badge").tryQuery().isPresent());
        clickOn(lookup("#log-changes .change-badge").queryAll().iterator().next());
        waitUntil(() -> workspace.sections().selectedProperty().get() == Section.LOGS
                && sample.queries.stream().anyMatch(q -> q.template() != null));
        assertThat(lookup("#log-template").queryLabeled().getText()).isEqualTo(vm.changes().getFirst().activity().text());
    }

    @Test
    void doubleClickingAChangeShowsItsLinesInLogsWithARemovableTemplateChip() {
        TemplatesViewModel vm = openSample();
        TemplateChange top = vm.changes().getFirst();

        doubleClickOn(row("template-changes", 0));
        waitUntil(() -> workspace.sections().selectedProperty().get() == Section.LOGS
                && sample.queries.stream().anyMatch(q -> q.template() != null));

        // The query Logs reads with: the template's service, severity and text over the incident window.
        LogQuery read = sample.queries.stream().filter(q -> q.template() != null).findFirst().orElseThrow();
        assertThat(read.withOrder(LogQuery.Order.OLDEST_FIRST)).isEqualTo(vm.linesQuery(top.activity()));
        assertThat(read.services()).containsExactly("payments");
        assertThat(read.severities()).containsExactly(Severity.ERROR);
        assertThat(lookup("#log-template-filter").query().isVisible()).isTrue();
        assertThat(lookup("#log-template").queryLabeled().getText()).isEqualTo(top.activity().text());
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        Screenshots.save(root, "logs-template-chip");

        int readsBefore = sample.queries.size();
        clickOn("#log-template-clear");
        waitUntil(() -> sample.queries.size() > readsBefore);
        LogQuery cleared = sample.queries.getLast();
        assertThat(cleared.template()).isNull();
        assertThat(cleared.services()).containsExactly("payments");
        assertThat(lookup("#log-template-filter").query().isVisible()).isFalse();
    }

    @Test
    void whileMiningABarSaysHowManyLinesHaveBeenRead() throws InterruptedException {
        IncidentSource sample = UiSample.open();
        opened.add(sample);
        WatchedSource watched = new WatchedSource(sample);
        CountDownLatch resume = new CountDownLatch(1);
        opened.add(resume::countDown);
        watched.beforePage = n -> {
            if (n == 3) {
                try {
                    resume.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        TemplatesViewModel vm = open(watched.source, sample.incidents(Cancellation.none()).getFirst());
        waitUntil(() -> watched.pages.get() >= 3 && vm.progressProperty().get() > 0);

        assertThat(lookup("#templates-mining").query().isVisible()).isTrue();
        assertThat(lookup("#templates-progress-text").queryLabeled().getText()).matches("[0-9,]+ of [0-9,]+ lines read");
        Screenshots.save(root, "templates-progress");

        resume.countDown();
        waitUntil(() -> vm.statusProperty().get() == Status.READY);
        assertThat(lookup("#templates-mining").query().isVisible()).isFalse();
    }

    @Test
    void aQuietWindowSaysNothingChangedAndWhatWasCompared() {
        IncidentSource quiet = QuietHour.open();
        opened.add(quiet);
        TemplatesViewModel vm = open(quiet, QuietHour.incident(quiet));
        waitUntil(() -> vm.statusProperty().get() == Status.READY);

        assertThat(lookup("#template-changes-empty").queryLabeled().getText()).isEqualTo(vm.nothingChangedText())
                .startsWith("Nothing changed significantly.");
        assertThat(lookup("#template-changes-empty").query().isVisible()).isTrue();
        Screenshots.save(root, "templates-empty");
    }
}
