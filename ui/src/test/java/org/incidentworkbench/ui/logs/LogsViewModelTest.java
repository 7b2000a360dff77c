package org.incidentworkbench.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.logs.LogContext;
import org.incidentworkbench.analysis.logs.LogCursor;
import org.incidentworkbench.analysis.logs.LogPage;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.DeferredTaskRunner;
import org.incidentworkbench.ui.tasks.SameThreadTaskRunner;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.testing.FailingReads;
import org.incidentworkbench.ui.testing.UiSample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Logs view model on the small sample, without a toolkit: results arrive before each command returns. */
class LogsViewModelTest {

    private static IncidentSource sample;
    private static Incident incident;

    private final Problems problems = new Problems(Clock.systemUTC());
    private final ManualScheduler scheduler = new ManualScheduler();

    @BeforeAll
    static void openSample() {
        sample = UiSample.open();
        incident = sample.incidents(Cancellation.none()).getFirst();
    }

    @AfterAll
    static void closeSample() {
        sample.close();
    }

    private LogsViewModel started(IncidentSource source, TaskRunner tasks) {
        LogsViewModel vm = new LogsViewModel(source, tasks, scheduler,
                new TimeRange(incident.windowStart(), incident.windowEnd()), incident.serviceName());
        vm.start();
        return vm;
    }

    private LogsViewModel started() {
        return started(sample, new SameThreadTaskRunner(problems));
    }

    /** Every record of {@code q}, read straight from the source in large pages. */
    private static List<LogRecord> everything(LogQuery q) {
        List<LogRecord> all = new ArrayList<>();
        LogCursor after = null;
        do {
            LogPage page = sample.logs(q, after, 5_000, Cancellation.none());
            all.addAll(page.records());
            after = page.next().orElse(null);
        } while (after != null);
        return all;
    }

    /** Scrolls to the end of a result small enough to fit the default window whole. */
    private static void loadAll(LogsViewModel vm) {
        for (int i = 0; i < 1_000 && !vm.atEndProperty().get(); i++) {
            vm.loadNext();
        }
        assertThat(vm.atStartProperty().get()).as("the whole result fits the window").isTrue();
    }

    @Test
    void theFirstPageIsTheSourcesFirstPageOfTheIncidentWindowWithItsMarginOldestFirst() {
        LogsViewModel vm = started();
        LogQuery expected = LogQuery.all(vm.defaultRange());
        assertThat(vm.queryProperty().get()).isEqualTo(expected);
        assertThat(vm.records()).hasSize(PagedLogLoader.PAGE_SIZE)
                .containsExactlyElementsOf(sample.logs(expected, null, PagedLogLoader.PAGE_SIZE,
                        Cancellation.none()).records());
        assertThat(vm.services()).contains(incident.serviceName());
        assertThat(vm.statusProperty().get()).startsWith("records 1–200 of ");
    }

    @Test
    void newestFirstStartsAtTheLatestRecord() {
        LogsViewModel vm = started();
        vm.setOrder(LogQuery.Order.NEWEST_FIRST);
        List<LogRecord> all = everything(LogQuery.all(vm.defaultRange()));
        assertThat(vm.records().getFirst()).isEqualTo(all.getLast());
        assertThat(vm.records()).isSortedAccordingTo((a, b) -> b.ts().compareTo(a.ts()));
    }

    @Test
    void filtersComposeAndMatchTheSourceQuery() {
        LogsViewModel vm = started();
        LogRecord error = everything(LogQuery.all(vm.defaultRange()).withServices(Set.of(incident.serviceName()))
                .withSeverities(Set.of(Severity.ERROR))).getFirst();
        String word = error.body().substring(0, Math.min(8, error.body().length())).toUpperCase(Locale.ROOT);

        vm.setServices(Set.of(incident.serviceName()));
        vm.setSeverities(EnumSet.of(Severity.ERROR, Severity.WARN));
        vm.searchTextProperty().set(word);
        scheduler.elapse();
        loadAll(vm);

        assertThat(vm.records()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.service()).isEqualTo(incident.serviceName());
            assertThat(r.severity()).isIn(Severity.ERROR, Severity.WARN);
            assertThat(r.body().toLowerCase(Locale.ROOT)).contains(word.toLowerCase(Locale.ROOT));
        });
        assertThat(vm.records()).containsExactlyElementsOf(everything(vm.queryProperty().get()));
        assertThat(vm.histogramProperty().get().total()).isEqualTo(vm.records().size());
    }

    @Test
    void typingSendsOneQueryOnceTypingPauses() {
        CountingSource counting = new CountingSource(sample);
        LogsViewModel vm = started(counting.source, new SameThreadTaskRunner(problems));
        int before = counting.firstPages.size();
        for (String typed : List.of("t", "ti", "tim", "time", "timeo")) {
            vm.searchTextProperty().set(typed);
        }
        assertThat(counting.firstPages).hasSize(before);
        assertThat(scheduler.waiting()).isOne();
        scheduler.elapse();
        assertThat(counting.firstPages).hasSize(before + 1);
        assertThat(counting.firstPages.getLast().text()).isEqualTo("timeo");
    }

    @Test
    void aStaleResultNeverReplacesTheNewerOne() {
        DeferredTaskRunner deferred = new DeferredTaskRunner(problems);
        LogsViewModel vm = started(sample, deferred);
        vm.setSeverities(Set.of(Severity.ERROR));
        deferred.runAll();
        assertThat(vm.records()).isNotEmpty().allSatisfy(r -> assertThat(r.severity()).isEqualTo(Severity.ERROR));
        assertThat(vm.histogramProperty().get().total())
                .isEqualTo(everything(vm.queryProperty().get()).size());
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void theHistogramCountsExactlyTheRecordsInRangePerSeverity() {
        LogsViewModel vm = started();
        vm.setRange(TimeRange.of(incident.windowStart(), Duration.ofMinutes(10)));
        loadAll(vm);
        VolumeHistogram h = vm.histogramProperty().get();
        assertThat(h.total()).isEqualTo(vm.records().size()).isPositive();
        for (Severity s : Severity.values()) {
            long counted = 0;
            for (int i = 0; i < h.bucketCount(); i++) {
                counted += h.count(i, s);
            }
            assertThat(counted).as(s.name()).isEqualTo(vm.records().stream().filter(r -> r.severity() == s).count());
        }
        assertThat(h.bucketCount()).isLessThanOrEqualTo(HistogramBuckets.TARGET_BUCKETS + 1);
    }

    @Test
    void draggingOnTheHistogramSetsTheRangeAndDoubleClickResetsIt() {
        LogsViewModel vm = started();
        TimeScale scale = new TimeScale(vm.defaultRange(), 40, 1000);
        TimeRange dragged = scale.between(540, 290);
        assertThat(dragged.start()).isEqualTo(vm.defaultRange().start().plus(vm.defaultRange().duration().multipliedBy(250).dividedBy(1000)));
        vm.setRange(dragged);
        assertThat(vm.queryProperty().get().range()).isEqualTo(dragged);
        assertThat(vm.records()).allSatisfy(r -> assertThat(dragged.contains(r.ts())).isTrue());
        assertThat(vm.histogramProperty().get().range()).isEqualTo(dragged);
        vm.resetRange();
        assertThat(vm.queryProperty().get().range()).isEqualTo(vm.defaultRange());
    }

    @Test
    void selectingARecordLoadsItsContextFromTheSameService() {
        LogsViewModel vm = started();
        LogRecord chosen = vm.records().get(100);
        vm.select(chosen);
        LogContext c = vm.contextProperty().get();
        assertThat(c.anchor()).isEqualTo(chosen);
        assertThat(c.before()).hasSize(LogsViewModel.DEFAULT_CONTEXT);
        assertThat(c.after()).hasSize(LogsViewModel.DEFAULT_CONTEXT);
        assertThat(c.before()).allSatisfy(r -> assertThat(r.service()).isEqualTo(chosen.service()));
        assertThat(c.before().getLast().ts()).isBeforeOrEqualTo(chosen.ts());
        vm.contextSizeProperty().set(3);
        assertThat(vm.contextProperty().get().before()).hasSize(3);
        assertThat(LogRecordText.contextBlock(vm.contextProperty().get(),
                new org.incidentworkbench.ui.time.TimeZoneSetting(java.time.ZoneOffset.UTC)).lines())
                .hasSize(7).filteredOn(l -> l.startsWith("»")).hasSize(1);
        vm.select(null);
        assertThat(vm.contextProperty().get()).isNull();
    }

    @Test
    void theTraceIdOfARecordFiltersToThatTrace() {
        LogsViewModel vm = started();
        LogRecord traced = vm.records().stream().filter(r -> r.traceId() != null).findFirst().orElseThrow();
        vm.filterToTrace(traced.traceId());
        assertThat(vm.traceIdProperty().get()).isEqualTo(traced.traceId());
        assertThat(vm.records()).isNotEmpty().allSatisfy(r -> assertThat(r.traceId()).isEqualTo(traced.traceId()));
        assertThat(scheduler.waiting()).isZero();
    }

    @Test
    void focusLogsShowsTheIncidentServiceOverTheIncidentWindowWithThoseSeverities() {
        LogsViewModel vm = started();
        vm.searchTextProperty().set("something typed");
        vm.focusLogs(Set.of(Severity.ERROR, Severity.FATAL));
        LogQuery q = vm.queryProperty().get();
        assertThat(q.range()).isEqualTo(vm.incidentWindow());
        assertThat(q.services()).containsExactly(incident.serviceName());
        assertThat(q.severities()).containsExactlyInAnyOrder(Severity.ERROR, Severity.FATAL);
        assertThat(q.text()).isNull();
        assertThat(scheduler.waiting()).isZero();
        assertThat(vm.records()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.service()).isEqualTo(incident.serviceName());
            assertThat(r.severity()).isIn(Severity.ERROR, Severity.FATAL);
        });
    }

    @Test
    void togglingSeveritiesHidesAndShowsThem() {
        LogsViewModel vm = started();
        vm.toggleSeverity(Severity.INFO);
        assertThat(vm.shownSeverities()).doesNotContain(Severity.INFO).hasSize(Severity.values().length - 1);
        assertThat(vm.records()).noneMatch(r -> r.severity() == Severity.INFO);
        vm.toggleSeverity(Severity.INFO);
        assertThat(vm.queryProperty().get().severities()).isEmpty();
    }

    @Test
    void aFailedReadReachesTheProblemReporterAndLeavesTheSectionUsable() {
        IncidentSource failing = (IncidentSource) java.lang.reflect.Proxy.newProxyInstance(
                IncidentSource.class.getClassLoader(), new Class<?>[] {IncidentSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("logs")) {
                        throw new SourceException("The snapshot could not be read: disk I/O error.");
                    }
                    return method.invoke(sample, args);
                });
        LogsViewModel vm = started(failing, new SameThreadTaskRunner(problems));
        assertThat(problems.currentProperty().get().message()).isEqualTo("The snapshot could not be read: disk I/O error.");
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.records()).isEmpty();
        vm.setSeverities(Set.of(Severity.ERROR));
        assertThat(vm.queryProperty().get().severities()).containsExactly(Severity.ERROR);
    }

    @Test
    void aFilterAppliedWhileTheSourceIsDownSaysWhyKeepsTheHistogramAndTryAgainAppliesIt() {
        FailingReads outage = FailingReads.outage();
        LogsViewModel vm = started(outage.wrap(sample), new SameThreadTaskRunner(problems));
        VolumeHistogram histogram = vm.histogramProperty().get();

        outage.goDown();
        vm.setSeverities(Set.of(Severity.ERROR));

        assertThat(vm.failures().messageProperty().get()).isEqualTo("Could not load the log volume: " + FailingReads.LOST);
        assertThat(vm.histogramProperty().get()).isSameAs(histogram);
        assertThat(vm.loadingProperty().get()).isFalse();

        outage.recovered();
        vm.failures().retry();

        assertThat(vm.failures().messageProperty().get()).isEmpty();
        assertThat(vm.records()).isNotEmpty().allSatisfy(r -> assertThat(r.severity()).isEqualTo(Severity.ERROR));
        assertThat(vm.histogramProperty().get().total()).isLessThan(histogram.total());
    }

    @Test
    void scrollingWhileTheSourceIsDownKeepsTheWindowAndTryAgainAppendsThePage() {
        FailingReads outage = FailingReads.outage();
        LogsViewModel vm = started(outage.wrap(sample), new SameThreadTaskRunner(problems));
        List<LogRecord> shown = List.copyOf(vm.records());

        outage.goDown();
        vm.loadNext();
        assertThat(vm.failures().messageProperty().get()).isEqualTo("Could not load logs: " + FailingReads.LOST);
        assertThat(vm.records()).containsExactlyElementsOf(shown);

        outage.recovered();
        vm.failures().retry();
        assertThat(vm.records()).hasSize(2 * PagedLogLoader.PAGE_SIZE).startsWith(shown.toArray(LogRecord[]::new));
        assertThat(vm.failures().messageProperty().get()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "\"", "%", "_", ";", "--", "\\", "'; DROP TABLE log_records; --", "%_%",
            "a\\%b", "ünïcødé 日本語 🚀", "\u0000", "' OR '1'='1"})
    void hostileTextIsMatchedLiterallyWithoutError(String hostile) {
        LogsViewModel vm = started();
        vm.searchTextProperty().set(hostile);
        scheduler.elapse();
        assertThat(problems.currentProperty().get()).isNull();
        assertThat(vm.queryProperty().get().text()).isEqualTo(hostile.isBlank() ? null : hostile);
        assertThat(vm.records()).allSatisfy(r ->
                assertThat(r.body().toLowerCase(Locale.ROOT)).contains(hostile.toLowerCase(Locale.ROOT)));
        assertThat(vm.histogramProperty().get().total())
                .isEqualTo(everything(vm.queryProperty().get()).size());
    }

    /** A mined template of the sample's incident: the pool timeouts of payments. */
    private static final String POOL_TIMEOUT = "payments-rw - Connection is not available, request timed out after <*>"
            + " (total=<*>, active=<*>, idle=<*>, waiting=<*>)";

    private static LogQuery poolTimeouts() {
        return LogQuery.all(new TimeRange(incident.windowStart(), incident.windowEnd()))
                .withServices(Set.of("payments")).withSeverities(Set.of(Severity.ERROR)).withTemplate(POOL_TIMEOUT);
    }

    @Test
    void aTemplateQueryIsAppliedAsAskedAndClearingTheTemplateKeepsTheOtherFilters() {
        LogsViewModel vm = started();
        vm.setOrder(LogQuery.Order.NEWEST_FIRST);
        vm.searchTextProperty().set("pool");

        vm.focusLogs(poolTimeouts());
        scheduler.elapse();

        assertThat(vm.queryProperty().get()).isEqualTo(poolTimeouts().withOrder(LogQuery.Order.NEWEST_FIRST));
        assertThat(vm.searchTextProperty().get()).isEmpty();

        vm.clearTemplate();

        assertThat(vm.queryProperty().get()).isEqualTo(poolTimeouts().withOrder(LogQuery.Order.NEWEST_FIRST).withTemplate(null));
    }

    @Test
    void anotherFocusRequestDropsTheTemplate() {
        LogsViewModel vm = started();
        vm.focusLogs(poolTimeouts());

        vm.focusLogs(Set.of(Severity.WARN));

        assertThat(vm.queryProperty().get().template()).isNull();
        assertThat(vm.queryProperty().get().severities()).containsExactly(Severity.WARN);
    }

    @Test
    void aTemplatesRecordsAllFitIt() {
        LogsViewModel vm = started();

        vm.focusLogs(poolTimeouts());

        // The filter's meaning: each <*> stands for any text, the rest is literal, and the whole body must fit.
        Pattern fits = Pattern.compile(Arrays.stream(POOL_TIMEOUT.split("<\\*>", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*")), Pattern.DOTALL);
        assertThat(vm.records()).isNotEmpty().allSatisfy(r -> assertThat(fits.matcher(r.body()).matches())
                .as(r.body()).isTrue());
        assertThat(vm.histogramProperty().get().total()).isLessThan(
                everything(poolTimeouts().withTemplate(null)).size());
    }
}
