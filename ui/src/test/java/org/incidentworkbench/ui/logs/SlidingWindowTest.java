package org.incidentworkbench.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.logs.LogCursor;
import org.incidentworkbench.analysis.logs.LogPage;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.DeferredTaskRunner;
import org.incidentworkbench.ui.tasks.SameThreadTaskRunner;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.testing.UiSample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sliding record window on the small sample, with a window far smaller than the result, so
 * scrolling through it slides the window many times.
 */
class SlidingWindowTest {

    private static final WindowSize SMALL = new WindowSize(100, 500);

    private static IncidentSource sample;
    private static Incident incident;

    private final Problems problems = new Problems(Clock.systemUTC());

    @BeforeAll
    static void openSample() {
        sample = UiSample.open();
        incident = sample.incidents(Cancellation.none()).getFirst();
    }

    @AfterAll
    static void closeSample() {
        sample.close();
    }

    private LogsViewModel started(TaskRunner tasks, LogQuery.Order order) {
        LogsViewModel vm = new LogsViewModel(sample, tasks, new ManualScheduler(),
                new TimeRange(incident.windowStart(), incident.windowEnd()), incident.serviceName(), SMALL);
        vm.start();
        vm.setOrder(order);
        return vm;
    }

    private LogsViewModel started(LogQuery.Order order) {
        return started(new SameThreadTaskRunner(problems), order);
    }

    /** Every record of {@code q}, read straight from the source page by page. */
    private static List<Long> everything(LogQuery q) {
        List<Long> all = new ArrayList<>();
        LogCursor after = null;
        do {
            LogPage page = sample.logs(q, after, 1_000, Cancellation.none());
            page.records().forEach(r -> all.add(r.id()));
            after = page.next().orElse(null);
        } while (after != null);
        return all;
    }

    private static List<Long> ids(List<LogRecord> records) {
        return records.stream().map(LogRecord::id).toList();
    }

    /** Scrolls down to the end, returning every record seen in the order it came into the window. */
    private static List<Long> scrollDownToTheEnd(LogsViewModel vm, List<Long> all) {
        List<Long> seen = new ArrayList<>(ids(vm.records()));
        while (!vm.atEndProperty().get()) {
            vm.loadNext();
            List<Long> window = ids(vm.records());
            seen.addAll(window.subList(window.indexOf(seen.getLast()) + 1, window.size()));
            assertThat(window).hasSizeLessThanOrEqualTo(SMALL.maxRecords());
            assertWindowIsAt(vm, seen.size() - window.size(), all.size());
        }
        return seen;
    }

    /** Scrolls up to the start, returning every record seen, in the query's order. */
    private static List<Long> scrollUpToTheStart(LogsViewModel vm, List<Long> all) {
        List<Long> seenBackwards = new ArrayList<>(ids(vm.records()).reversed());
        while (!vm.atStartProperty().get()) {
            vm.loadPrevious();
            List<Long> window = ids(vm.records());
            List<Long> above = window.subList(0, window.indexOf(seenBackwards.getLast()));
            seenBackwards.addAll(above.reversed());
            assertThat(window).hasSizeLessThanOrEqualTo(SMALL.maxRecords());
            assertWindowIsAt(vm, all.size() - seenBackwards.size(), all.size());
        }
        return seenBackwards.reversed();
    }

    private static void assertWindowIsAt(LogsViewModel vm, int firstIndex, int total) {
        assertThat(vm.statusProperty().get()).isEqualTo(String.format(Locale.ROOT, "records %,d–%,d of %,d",
                firstIndex + 1, firstIndex + vm.records().size(), total));
    }

    @ParameterizedTest
    @EnumSource(LogQuery.Order.class)
    void scrollingDownAndBackUpVisitsEveryRecordOnceInOrderWithinTheBound(LogQuery.Order order) {
        LogsViewModel vm = started(order);
        List<Long> all = everything(vm.queryProperty().get());
        assertThat(all).hasSizeGreaterThan(10 * SMALL.maxRecords());

        assertThat(scrollDownToTheEnd(vm, all)).containsExactlyElementsOf(all);
        assertThat(ids(vm.records())).containsExactlyElementsOf(all.subList(all.size() - SMALL.maxRecords(), all.size()));
        assertThat(scrollUpToTheStart(vm, all)).containsExactlyElementsOf(all);
        assertThat(ids(vm.records())).containsExactlyElementsOf(all.subList(0, SMALL.maxRecords()));
        assertThat(problems.currentProperty().get()).isNull();
    }

    @ParameterizedTest
    @EnumSource(LogQuery.Order.class)
    void jumpingToTheEndShowsTheLastPageAndScrollingUpFromThereVisitsEveryRecord(LogQuery.Order order) {
        LogsViewModel vm = started(order);
        List<Long> all = everything(vm.queryProperty().get());
        vm.jumpToEnd();
        assertThat(ids(vm.records())).containsExactlyElementsOf(all.subList(all.size() - SMALL.pageSize(), all.size()));
        assertThat(vm.atEndProperty().get()).isTrue();
        assertThat(vm.atStartProperty().get()).isFalse();
        assertWindowIsAt(vm, all.size() - SMALL.pageSize(), all.size());

        assertThat(scrollUpToTheStart(vm, all)).containsExactlyElementsOf(all);
        vm.jumpToStart();
        assertThat(ids(vm.records())).containsExactlyElementsOf(all.subList(0, SMALL.pageSize()));
    }

    @Test
    void theSelectionStaysWhileItsRecordIsInTheWindowAndIsClearedOnceItSlidesOut() {
        LogsViewModel vm = started(LogQuery.Order.OLDEST_FIRST);
        LogRecord chosen = vm.records().get(10);
        vm.select(chosen);
        int slides = 0;
        for (vm.loadNext(); vm.records().contains(chosen); vm.loadNext()) {
            assertThat(vm.selectedProperty().get()).isEqualTo(chosen);
            assertThat(vm.contextProperty().get().anchor()).isEqualTo(chosen);
            slides++;
        }
        assertThat(slides).isPositive();
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.contextProperty().get()).isNull();
    }

    @Test
    void aNewFilterRestartsTheWindowAtTheStartOfItsResult() {
        LogsViewModel vm = started(LogQuery.Order.OLDEST_FIRST);
        for (int i = 0; i < 12; i++) {
            vm.loadNext();
        }
        assertThat(vm.atStartProperty().get()).isFalse();
        vm.setSeverities(Set.of(Severity.ERROR, Severity.WARN));
        List<Long> all = everything(vm.queryProperty().get());
        assertThat(ids(vm.records())).containsExactlyElementsOf(all.subList(0, SMALL.pageSize()));
        assertThat(vm.atStartProperty().get()).isTrue();
        assertWindowIsAt(vm, 0, all.size());
    }

    @Test
    void scrollRequestsWhileAPageLoadsNeitherRepeatNorReorderRows() {
        DeferredTaskRunner deferred = new DeferredTaskRunner(problems);
        LogsViewModel vm = started(deferred, LogQuery.Order.OLDEST_FIRST);
        deferred.runAll();
        List<Long> all = everything(vm.queryProperty().get());
        for (int i = 0; i < 8; i++) {
            vm.loadNext();
            vm.loadNext();
            vm.loadPrevious();
            deferred.runAll();
        }
        assertThat(ids(vm.records())).containsExactlyElementsOf(all.subList(8 * SMALL.pageSize() + SMALL.pageSize()
                - SMALL.maxRecords(), 9 * SMALL.pageSize()));

        vm.loadNext();
        vm.jumpToEnd();
        deferred.runAll();
        assertThat(ids(vm.records())).containsExactlyElementsOf(all.subList(all.size() - SMALL.pageSize(), all.size()));
        assertThat(vm.loadingProperty().get()).isFalse();
    }
}
