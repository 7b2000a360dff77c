package org.incidentworkbench.ui.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.MinedTemplate;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.templates.SpikeBucket;
import org.incidentworkbench.analysis.templates.TemplateActivity;
import org.incidentworkbench.analysis.templates.TemplateChange;
import org.incidentworkbench.analysis.templates.TemplateKey;
import org.incidentworkbench.analysis.templates.TemplateReport;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.DeferredTaskRunner;
import org.incidentworkbench.ui.tasks.SameThreadTaskRunner;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.templates.TemplateReports.Status;
import org.incidentworkbench.ui.testing.FailingReads;
import org.incidentworkbench.ui.testing.NoNavigation;
import org.incidentworkbench.ui.testing.QuietHour;
import org.incidentworkbench.ui.testing.UiSample;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The log changes' view model on the small sample, without a toolkit: mining runs on the test's
 * thread. The report is mined once for the class (as one workspace mines it once for all its views),
 * except where a test watches the mining itself.
 */
class TemplatesViewModelTest {

    private static IncidentSource sample;
    private static Incident incident;
    private static TemplateReports shared;

    private final Problems problems = new Problems(Clock.systemUTC());
    private final TimeZoneSetting zone = new TimeZoneSetting(ZoneId.of("Asia/Kolkata"));
    private final List<LogQuery> opened = new ArrayList<>();

    @BeforeAll
    static void mineTheSample() {
        sample = UiSample.open();
        incident = sample.incidents(Cancellation.none()).getFirst();
        shared = new TemplateReports(sample, new SameThreadTaskRunner(new Problems(Clock.systemUTC())), incident);
    }

    @AfterAll
    static void closeSample() {
        sample.close();
    }

    private TemplatesViewModel loaded(TemplateReports reports, TaskRunner tasks) {
        TemplatesViewModel vm = new TemplatesViewModel(reports, new OpensLogs(), zone, tasks);
        vm.load();
        return vm;
    }

    private TemplatesViewModel loaded() {
        return loaded(shared, new SameThreadTaskRunner(problems));
    }

    private static TemplateReport report() {
        return shared.reportProperty().get();
    }

    @Test
    void theChangesComeMostSignificantFirstWithThePoolTimeoutsOfTheScenarioOnTop() {
        TemplatesViewModel vm = loaded();

        assertThat(vm.statusProperty().get()).isEqualTo(Status.READY);
        assertThat(vm.changes()).isNotEmpty().containsExactlyElementsOf(report().changes())
                .isSortedAccordingTo(Comparator.comparingDouble(TemplateChange::score).reversed());
        // The scenario: a payments release shrank its database pool, so its pool timeouts are new.
        TemplateChange top = vm.changes().getFirst();
        assertThat(top.kind()).isEqualTo(TemplateChange.Kind.NEW);
        assertThat(top.activity().key()).isEqualTo(new TemplateKey("payments", Severity.ERROR));
        assertThat(top.activity().text()).contains("Connection is not available");
    }

    @Test
    void theHeaderSaysWhichWindowsWereComparedInTheChosenZoneAndTheirLines() {
        zone.useLocal();
        TemplatesViewModel vm = loaded();
        TemplateReport r = report();

        assertThat(vm.incidentText().get()).isEqualTo(zone.range(new TimeRange(incident.windowStart(), incident.windowEnd()))
                + " · " + TemplateNumbers.count(r.incidentLines()) + " lines");
        assertThat(vm.baselineText().get()).startsWith(r.windows().baseline().kind().description() + ", ")
                .contains(zone.range(r.windows().baseline().range()))
                .endsWith(TemplateNumbers.count(r.baselineLines()) + " lines");
        assertThat(vm.incidentText().get()).startsWith("2025-05-13 19:31:50 – 20:45:20 Asia/Kolkata · ");

        zone.useUtc();
        assertThat(vm.incidentText().get()).startsWith("2025-05-13 14:01:50 – 15:15:20 UTC · ");
    }

    @Test
    void theTopChangeAndTheBiggestSpikeAreSelectedFirst() {
        TemplatesViewModel vm = loaded();
        TemplateChange top = vm.changes().getFirst();

        assertThat(vm.selectedChangeProperty().get()).isEqualTo(top);
        assertThat(vm.selectedTemplateProperty().get()).isEqualTo(top.activity());
        assertThat(vm.selectedKeyProperty().get()).isEqualTo(top.activity().key());
        assertThat(vm.templates()).containsExactlyElementsOf(report().templatesOf(top.activity().key()))
                .isSortedAccordingTo(Comparator.comparingLong(TemplateActivity::count).reversed());

        SpikeBucket biggest = report().errorSpikes().stream().filter(SpikeBucket::spike)
                .max(Comparator.comparingLong(SpikeBucket::total)).orElseThrow();
        assertThat(vm.selectedBucketProperty().get()).isEqualTo(biggest);
        assertThat(vm.shownBucketText().get()).isEqualTo(zone.time(biggest.start()) + " – "
                + zone.time(biggest.start().plus(report().windows().bucket())) + " · " + TemplateNumbers.count(biggest.total())
                + " lines: " + TemplateNumbers.count(biggest.errors()) + " errors, "
                + TemplateNumbers.count(biggest.warnings()) + " warnings");
        assertThat(vm.spikes()).containsExactlyElementsOf(report().errorSpikes());
    }

    @Test
    void theBrowserListsEveryServiceAndSeverityWithItsLinesAndTemplates() {
        TemplatesViewModel vm = loaded();

        assertThat(vm.keys()).extracting(KeySummary::key).containsExactlyElementsOf(report().keys()).isSorted();
        KeySummary checkoutErrors = vm.keys().stream()
                .filter(k -> k.key().equals(new TemplateKey("checkout", Severity.ERROR))).findFirst().orElseThrow();
        List<TemplateActivity> of = report().templatesOf(checkoutErrors.key());
        assertThat(checkoutErrors.templates()).isEqualTo(of.size());
        assertThat(checkoutErrors.lines()).isEqualTo(of.stream().mapToLong(TemplateActivity::count).sum());

        vm.selectKey(checkoutErrors.key());

        assertThat(vm.templates()).containsExactlyElementsOf(of)
                .isSortedAccordingTo(Comparator.comparingLong(TemplateActivity::count).reversed());
        assertThat(vm.templates()).allSatisfy(t -> assertThat(t.key()).isEqualTo(checkoutErrors.key()));
        // The payments template selected first is not among them: nothing is selected now.
        assertThat(vm.selectedTemplateProperty().get()).isNull();
        assertThat(vm.selectedChangeProperty().get()).isNull();
        assertThat(vm.parameters()).isEmpty();
    }

    @Test
    void aSelectedTemplateListsItsVariablesWithTheirTopValuesSharesAndDistinctCounts() {
        TemplatesViewModel vm = loaded();
        TemplateActivity t = report().templates().stream().filter(a -> a.template().parameters().size() >= 2)
                .max(Comparator.comparingLong(TemplateActivity::count)).orElseThrow();

        vm.selectTemplate(t);

        MinedTemplate mined = t.template();
        assertThat(vm.parameters()).hasSameSizeAs(mined.parameters());
        for (int i = 0; i < mined.parameters().size(); i++) {
            ParameterSummary shown = vm.parameters().get(i);
            MinedTemplate.Parameter p = mined.parameters().get(i);
            assertThat(shown.number()).isEqualTo(i + 1);
            assertThat(shown.token()).contains("<*>");
            assertThat(shown.distinct()).isEqualTo(p.distinctEstimate());
            assertThat(shown.values()).extracting(ParameterSummary.ValueShare::value)
                    .containsExactlyElementsOf(p.topValues().stream()
                            .map(v -> ParameterSummary.variablePart(shown.token(), v.value())).toList());
            assertThat(shown.values().getFirst().percent())
                    .isCloseTo(100.0 * p.topValues().getFirst().count() / mined.count(), offset(1e-9));
        }
        assertThat(vm.selectedKeyProperty().get()).isEqualTo(t.key());
        assertThat(vm.templates()).contains(t);
    }

    @Test
    void aSpikesTemplateIsSelectedInTheChangesAndTheBrowserAlike() {
        TemplatesViewModel vm = loaded();
        SpikeBucket spike = vm.selectedBucketProperty().get();
        TemplateActivity contributor = spike.templates().stream().map(SpikeBucket.Contributor::template)
                .filter(t -> report().changeOf(t.key(), t.id()).isPresent()
                        && !t.equals(vm.selectedTemplateProperty().get()))
                .findFirst().orElseThrow();

        vm.selectTemplate(contributor);

        assertThat(vm.selectedChangeProperty().get()).isEqualTo(report().changeOf(contributor.key(), contributor.id()).orElseThrow());
        assertThat(vm.selectedKeyProperty().get()).isEqualTo(contributor.key());
        assertThat(vm.templates()).contains(contributor);
    }

    @Test
    void aHoveredBucketIsShownUntilThePointerLeavesThenThePinnedOneAgain() {
        TemplatesViewModel vm = loaded();
        SpikeBucket pinned = vm.selectedBucketProperty().get();
        SpikeBucket other = vm.spikes().getFirst();

        vm.hoverBucket(other);
        assertThat(vm.shownBucketProperty().get()).isEqualTo(other);
        vm.hoverBucket(null);
        assertThat(vm.shownBucketProperty().get()).isEqualTo(pinned);
        vm.selectBucket(other);
        assertThat(vm.shownBucketProperty().get()).isEqualTo(other);
    }

    @Test
    void showingLinesAsksLogsForTheTemplatesServiceSeverityAndTextOverTheIncidentWindow() {
        TemplatesViewModel vm = loaded();
        TemplateActivity top = vm.changes().getFirst().activity();

        vm.showLines(top);

        assertThat(opened).containsExactly(LogQuery.all(new TimeRange(incident.windowStart(), incident.windowEnd()))
                .withServices(Set.of("payments")).withSeverities(Set.of(Severity.ERROR)).withTemplate(top.text()));
    }

    @Test
    void aTemplateGoneFromTheIncidentWindowShowsItsLinesOverTheBaseline() {
        TemplatesViewModel vm = loaded();
        TemplateActivity gone = report().templates().stream().filter(t -> t.count() == 0).findFirst().orElseThrow();

        vm.showLines(gone);

        assertThat(opened).singleElement().satisfies(q -> {
            assertThat(q.range()).isEqualTo(report().windows().baseline().range());
            assertThat(q.template()).isEqualTo(gone.text());
        });
    }

    @Test
    void aWorkspaceMinesOnceForEveryViewThatShowsItsTemplates() {
        WatchedSource watched = new WatchedSource(sample);
        SameThreadTaskRunner tasks = new SameThreadTaskRunner(problems);
        TemplateReports reports = new TemplateReports(watched.source, tasks, incident);
        TemplatesViewModel section = loaded(reports, tasks);
        int pagesRead = watched.pages.get();

        TemplatesViewModel overviewCard = loaded(reports, tasks);

        assertThat(pagesRead).isPositive();
        assertThat(watched.pages.get()).isEqualTo(pagesRead);
        assertThat(overviewCard.changes()).containsExactlyElementsOf(section.changes());
        assertThat(overviewCard.keys()).containsExactlyElementsOf(section.keys());
    }

    @Test
    void miningSaysHowManyLinesItHasReadOfThoseExpected() {
        WatchedSource watched = new WatchedSource(sample);
        DeferredTaskRunner tasks = new DeferredTaskRunner(problems);
        TemplatesViewModel vm = loaded(new TemplateReports(watched.source, tasks, incident), tasks);
        List<String> seen = new ArrayList<>();
        watched.beforePage = n -> seen.add(vm.progressTextProperty().get() + " / " + vm.progressProperty().get());

        assertThat(vm.statusProperty().get()).isEqualTo(Status.MINING);
        tasks.runAll();

        assertThat(seen.getFirst()).startsWith("Counting log lines…");
        assertThat(seen.get(1)).matches("[0-9,]+ of [0-9,]+ lines read / 0\\.[0-9]+");
        assertThat(vm.statusProperty().get()).isEqualTo(Status.READY);
    }

    @Test
    void leavingStopsTheMiningPartWayAndNothingArrives() {
        WatchedSource watched = new WatchedSource(sample);
        DeferredTaskRunner tasks = new DeferredTaskRunner(problems);
        TemplateReports reports = new TemplateReports(watched.source, tasks, incident);
        TemplatesViewModel vm = loaded(reports, tasks);
        watched.beforePage = n -> {
            if (n == 1) {
                vm.dispose();
            }
        };

        tasks.runAll();

        assertThat(watched.pages.get()).as("no page read after leaving").isEqualTo(1);
        assertThat(reports.statusProperty().get()).isEqualTo(Status.IDLE);
        assertThat(reports.reportProperty().get()).isNull();
        assertThat(tasks.active()).isEmpty();
        assertThat(problems.currentProperty().get()).isNull();
    }

    @Test
    void miningGoesOnWhileAnotherViewStillWaitsForIt() {
        WatchedSource watched = new WatchedSource(sample);
        DeferredTaskRunner tasks = new DeferredTaskRunner(problems);
        TemplateReports reports = new TemplateReports(watched.source, tasks, incident);
        TemplatesViewModel section = loaded(reports, tasks);
        TemplatesViewModel overviewCard = loaded(reports, tasks);
        watched.beforePage = n -> {
            if (n == 1) {
                section.dispose();
            }
        };

        tasks.runAll();

        assertThat(reports.statusProperty().get()).isEqualTo(Status.READY);
        assertThat(overviewCard.changes()).isNotEmpty();
    }

    @Test
    void aFailedMiningSaysWhyAndTryAgainMinesAgain() {
        FailingReads outage = FailingReads.outage();
        SameThreadTaskRunner tasks = new SameThreadTaskRunner(problems);
        TemplateReports reports = new TemplateReports(outage.wrap(sample), tasks, incident);
        outage.goDown();

        TemplatesViewModel vm = loaded(reports, tasks);

        assertThat(vm.statusProperty().get()).isEqualTo(Status.FAILED);
        assertThat(vm.failures().messageProperty().get()).isEqualTo("Could not load the log templates: " + outage.message());
        assertThat(vm.changes()).isEmpty();

        outage.recovered();
        vm.failures().retry();

        assertThat(vm.statusProperty().get()).isEqualTo(Status.READY);
        assertThat(vm.failures().messageProperty().get()).isEmpty();
        assertThat(vm.changes()).isNotEmpty();
    }

    @Test
    void aQuietWindowHasNoChangesAndSaysWhatWasCompared() {
        try (IncidentSource quiet = QuietHour.open()) {
            SameThreadTaskRunner tasks = new SameThreadTaskRunner(problems);
            TemplatesViewModel vm = loaded(new TemplateReports(quiet, tasks, QuietHour.incident(quiet)), tasks);

            TemplateReport r = vm.reportProperty().get();
            assertThat(r.templates()).hasSizeGreaterThan(20);
            assertThat(vm.changes()).isEmpty();
            assertThat(vm.nothingChangedText()).isEqualTo("Nothing changed significantly. None of the "
                    + r.templates().size() + " templates of " + r.keys().stream().map(TemplateKey::service).distinct().count()
                    + " services appeared, disappeared, doubled or halved beyond chance between the incident window and"
                    + " the hour before.");
            // With no change to select, the browser opens on its first service and severity.
            assertThat(vm.selectedKeyProperty().get()).isEqualTo(vm.keys().getFirst().key());
            assertThat(vm.selectedTemplateProperty().get()).isNull();
        }
    }

    /** Records the queries the section asks Logs to show. */
    private final class OpensLogs extends NoNavigation {
        @Override
        public void showLogs(LogQuery query) {
            opened.add(query);
        }
    }
}
