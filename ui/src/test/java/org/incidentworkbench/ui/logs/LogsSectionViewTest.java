package org.incidentworkbench.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import org.incidentworkbench.analysis.incidents.Incident;
import org.controlsfx.control.CheckComboBox;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.FxTaskRunner;
import org.incidentworkbench.ui.testing.MemoryFeedback;
import org.incidentworkbench.ui.testing.NoNavigation;
import org.incidentworkbench.ui.testing.Screenshots;
import org.incidentworkbench.ui.testing.UiSample;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.WorkspaceContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks through the Logs section headless on the small sample and saves what it looks like. */
class LogsSectionViewTest extends ApplicationTest {

    private final Problems problems = new Problems(Clock.systemUTC());
    private IncidentSource source;
    private FxTaskRunner tasks;
    private LogsSection section;
    private LogsViewModel vm;
    private final TimeZoneSetting zone = new TimeZoneSetting(ZoneId.of("Asia/Kolkata"));

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        source = UiSample.open();
        tasks = new FxTaskRunner(problems);
        Incident incident = source.incidents(Cancellation.none()).getFirst();
        section = new LogsSection(new WorkspaceContext(source, incident, tasks, zone,
                new NoNavigation(), MemoryFeedback.source()));
        vm = section.viewModel();
        stage.setScene(new Scene((Parent) section.node(), 1500, 950));
        stage.show();
    }

    @AfterEach
    void close() {
        interact(section::dispose);
        tasks.close();
        source.close();
    }

    private void settle() {
        waitUntil(() -> !vm.loadingProperty().get() && vm.histogramProperty().get() != null);
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("the view did not settle in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTableShowsTheFirstPageAndLoadsMoreAsItScrolls() {
        settle();
        assertThat(vm.records()).hasSize(PagedLogLoader.PAGE_SIZE);
        Screenshots.save(section.node(), "logs-table");
        TableView<?> table = lookup("#log-table").queryAs(TableView.class);
        interact(() -> table.scrollTo(vm.records().size() - 1));
        waitUntil(() -> vm.records().size() > PagedLogLoader.PAGE_SIZE);
        assertThat(vm.records()).doesNotHaveDuplicates();
        assertThat(problems.currentProperty().get()).isNull();
    }

    @Test
    void timesFollowTheZoneSettingAndTheOrderToggleShowsNewestFirst() {
        settle();
        String utc = firstTimeCell();
        interact(zone::useLocal);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstTimeCell()).isEqualTo(zone.precise(vm.records().getFirst().ts()).substring(LogTable.TIME_OF_DAY))
                .isNotEqualTo(utc);
        assertThat(lookup("#log-range").queryLabeled().getText()).endsWith("Asia/Kolkata");

        clickOn("#log-newest-first");
        waitUntil(() -> vm.queryProperty().get().order() == LogQuery.Order.NEWEST_FIRST);
        settle();
        assertThat(vm.records().getFirst().ts()).isAfterOrEqualTo(vm.records().getLast().ts());
    }

    @Test
    void checkingAServiceFiltersToIt() {
        settle();
        CheckComboBox<String> services = lookup("#log-services").query();
        interact(() -> services.getCheckModel().check("payments"));
        waitUntil(() -> vm.queryProperty().get().services().equals(Set.of("payments")));
        settle();
        assertThat(vm.records()).isNotEmpty().allSatisfy(r -> assertThat(r.service()).isEqualTo("payments"));
    }

    /** Clicks the row of the first loaded record with a trace id (it shows the trace link), scrolled into view. */
    private void clickARecordWithATrace() {
        int index = vm.records().indexOf(vm.records().stream().filter(r -> r.traceId() != null).findFirst()
                .orElseThrow());
        TableView<?> table = lookup("#log-table").queryAs(TableView.class);
        interact(() -> table.scrollTo(Math.max(0, index - 3)));
        clickOn(lookup(".log-table .table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == index).queryAs(Node.class));
        waitUntil(() -> vm.contextProperty().get() != null);
    }

    private String firstTimeCell() {
        return lookup(".log-table .table-row-cell .table-cell").queryLabeled().getText();
    }

    @Test
    void typingAFilterAndTogglingSeveritiesNarrowTheTable() {
        settle();
        clickOn("#log-search").write("pool");
        waitUntil(() -> "pool".equals(vm.queryProperty().get().text()) && !vm.loadingProperty().get());
        clickOn("#chip-info");
        clickOn("#chip-debug");
        waitUntil(() -> !vm.shownSeverities().contains(Severity.DEBUG) && !vm.loadingProperty().get());
        settle();
        assertThat(vm.records()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.body().toLowerCase()).contains("pool");
            assertThat(r.severity()).isNotIn(Severity.INFO, Severity.DEBUG);
        });
        Screenshots.save(section.node(), "logs-filtered");
    }

    @Test
    void draggingOnTheHistogramSelectsTheRangeAndDoubleClickResetsIt() {
        settle();
        Node histogram = lookup("#log-histogram").query();
        Bounds b = histogram.localToScreen(histogram.getBoundsInLocal());
        double y = b.getMinY() + b.getHeight() / 2;
        drag(new Point2D(b.getMinX() + b.getWidth() * 0.35, y), MouseButton.PRIMARY)
                .moveTo(new Point2D(b.getMinX() + b.getWidth() * 0.6, y));
        Screenshots.save(section.node(), "logs-histogram-selection");
        release(MouseButton.PRIMARY);
        waitUntil(() -> !vm.queryProperty().get().range().equals(vm.defaultRange()));
        settle();
        TimeRange chosen = vm.queryProperty().get().range();
        assertThat(chosen.duration()).isLessThan(vm.defaultRange().duration().dividedBy(3));
        assertThat(vm.records()).allSatisfy(r -> assertThat(chosen.contains(r.ts())).isTrue());
        Screenshots.save(section.node(), "logs-histogram-zoomed");

        doubleClickOn(histogram);
        waitUntil(() -> vm.queryProperty().get().range().equals(vm.defaultRange()));
    }

    @Test
    void selectingARecordShowsItsFieldsAndContextAndItsTraceLinkFilters() {
        interact(() -> vm.focusLogs(Set.of(Severity.ERROR, Severity.WARN)));
        settle();
        clickARecordWithATrace();
        LogRecord selected = vm.selectedProperty().get();
        assertThat(vm.contextProperty().get().anchor()).isEqualTo(selected);
        assertThat(lookup("#log-context").queryListView().getItems()).contains(selected);
        Screenshots.save(section.node(), "logs-details-context");

        clickOn("#copy-json");
        assertThat(WaitForAsyncUtils.waitForAsyncFx(2_000, () -> Clipboard.getSystemClipboard().getString()))
                .contains("\"id\": " + selected.id());

        clickOn("#log-trace-link");
        waitUntil(() -> selected.traceId().equals(vm.queryProperty().get().traceId()));
        settle();
        assertThat(vm.records()).isNotEmpty().allSatisfy(r -> assertThat(r.traceId()).isEqualTo(selected.traceId()));
    }

    @Test
    void theDarkThemeKeepsSeveritiesReadable() {
        interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        try {
            interact(() -> vm.setSeverities(Set.of(Severity.FATAL, Severity.ERROR, Severity.WARN)));
            settle();
            clickARecordWithATrace();
            Screenshots.save(section.node(), "logs-dark");
        } finally {
            interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        }
    }
}
