package org.incidentworkbench.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import atlantafx.base.theme.PrimerLight;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.logs.LogCursor;
import org.incidentworkbench.analysis.logs.LogPage;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
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

/**
 * Scrolls the real log table far down and back up headless, with a window of a few pages, so it
 * slides many times: the rows stay in the result's order and the first row on screen never jumps.
 */
class LogsTableScrollingViewTest extends ApplicationTest {

    private static final WindowSize FEW_PAGES = new WindowSize(100, 400);
    /**
     * Rows moved per scroll step: few enough that a step never reaches the window's last screenful
     * (the table could not put that row on top), as the page beyond loads once rows come within
     * {@code LogTable.PREFETCH_ROWS} of the edge.
     */
    private static final int STEP = 30;

    private final Problems problems = new Problems(Clock.systemUTC());
    private IncidentSource source;
    private FxTaskRunner tasks;
    private LogsSection section;
    private LogsViewModel vm;
    private TableView<LogRecord> table;

    @Override
    @SuppressWarnings("unchecked")
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        source = UiSample.open();
        tasks = new FxTaskRunner(problems);
        Incident incident = source.incidents(Cancellation.none()).getFirst();
        section = new LogsSection(new WorkspaceContext(source, incident, tasks,
                new TimeZoneSetting(ZoneId.of("UTC")), new NoNavigation(), MemoryFeedback.source()), FEW_PAGES);
        vm = section.viewModel();
        stage.setScene(new Scene((Parent) section.node(), 1500, 950));
        stage.show();
        table = (TableView<LogRecord>) section.node().lookup("#log-table");
    }

    @AfterEach
    void close() {
        interact(section::dispose);
        tasks.close();
        source.close();
    }

    @Test
    void scrollingFarDownAndBackKeepsTheRowsInOrderAndTheFirstVisibleRowStill() {
        settle();
        List<Long> all = everything();
        int top = 0;
        while (top < 3 * FEW_PAGES.maxRecords()) {
            top = scrollBy(STEP, all, top);
        }
        List<String> statusAndWhere = interactAndGet(() -> {
            int windowStart = all.indexOf(vm.records().getFirst().id());
            return List.of(vm.statusProperty().get(), String.format(Locale.ROOT, "records %,d–%,d of %,d",
                    windowStart + 1, windowStart + vm.records().size(), all.size()));
        });
        assertThat(statusAndWhere.getFirst()).as("the status says where the window is").isEqualTo(statusAndWhere.getLast());
        Screenshots.save(section.node(), "logs-table-scrolled");

        while (top > 0) {
            top = scrollBy(-Math.min(STEP, top), all, top);
        }
        assertThat(vm.atStartProperty().get()).isTrue();
        assertThat(problems.currentProperty().get()).isNull();
    }

    @Test
    void theLastButtonShowsTheEndOfTheResultAndHomeGoesBackToItsStart() {
        settle();
        List<Long> all = everything();
        clickOn("#log-jump-end");
        waitUntil(() -> vm.atEndProperty().get());
        settle();
        assertThat(interactAndGet(() -> table.getItems().get(lastVisible()).id())).isEqualTo(all.getLast());
        assertThat(vm.statusProperty().get()).endsWith(String.format(Locale.ROOT, "–%,d of %,d", all.size(), all.size()));

        int top = interactAndGet(() -> all.indexOf(table.getItems().get(firstVisible()).id()));
        for (int step = 0; step < 8; step++) {
            top = scrollBy(-STEP, all, top);
        }

        clickOn(table).push(KeyCode.HOME);
        waitUntil(() -> vm.atStartProperty().get());
        settle();
        assertThat(interactAndGet(() -> table.getItems().get(firstVisible()).id())).isEqualTo(all.getFirst());
    }

    /**
     * Scrolls {@code rows} rows from the record at {@code top} in the whole result, lets the window
     * slide, and checks the record then first on screen is the one {@code rows} further; returns its index.
     */
    private int scrollBy(int rows, List<Long> all, int top) {
        interact(() -> table.scrollTo(firstVisible() + rows));
        settle();
        int expected = top + rows;
        List<Long> window = interactAndGet(() -> vm.records().stream().map(LogRecord::id).toList());
        int windowStart = all.indexOf(window.getFirst());
        assertThat(window).as("the window is a contiguous run of the result")
                .containsExactlyElementsOf(all.subList(windowStart, windowStart + window.size()));
        assertThat(window.size()).isLessThanOrEqualTo(FEW_PAGES.maxRecords());
        assertThat(interactAndGet(() -> table.getItems().get(firstVisible()).id()))
                .as("the first visible record after scrolling %d rows from %d", rows, top)
                .isEqualTo(all.get(expected));
        return expected;
    }

    private int firstVisible() {
        return LogTable.firstVisibleIndex(table);
    }

    private int lastVisible() {
        var flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        return flow.getLastVisibleCell().getIndex();
    }

    private <T> T interactAndGet(Callable<T> read) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(read));
    }

    private List<Long> everything() {
        List<Long> ids = new ArrayList<>();
        LogCursor after = null;
        do {
            LogPage page = source.logs(vm.queryProperty().get(), after, 5_000, Cancellation.none());
            page.records().forEach(r -> ids.add(r.id()));
            after = page.next().orElse(null);
        } while (after != null);
        return ids;
    }

    /** Waits for a layout pulse (which may ask for a page) and for the page reads it started. */
    private void settle() {
        WaitForAsyncUtils.waitForFxEvents(3);
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
}
