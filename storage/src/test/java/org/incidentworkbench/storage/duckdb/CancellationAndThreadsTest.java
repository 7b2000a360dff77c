package org.incidentworkbench.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.incidentworkbench.analysis.logs.LogCursor;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.HistogramQuery;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.analysis.traces.TraceQuery;
import org.incidentworkbench.storage.jdbc.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CancellationAndThreadsTest {

    /** About 10^12 multiply-adds: minutes of work unless DuckDB really stops it. */
    private static final Sql HEAVY = Sql.of("SELECT sum(a.range * b.range) AS n FROM range(?) a CROSS JOIN range(?) b",
            1_000_000L, 1_000_000L);

    @RegisterExtension
    static final ScenarioSnapshot DATA = new ScenarioSnapshot(17);
    static final Cancellation NONE = Cancellation.none();
    static final LogQuery ERRORS = LogQuery.all(TestScenario.WINDOW).withSeverities(Set.of(Severity.ERROR));

    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    /** Every read of the DATA.source(), as something to run with a token. */
    static List<Consumer<Cancellation>> everyRead() {
        UUID incident = DATA.scenario().incidents.get(0).id();
        return List.of(
                DATA.source()::tableRowCounts, DATA.source()::incidents, c -> DATA.source().incident(incident, c),
                c -> DATA.source().decisions(incident, c), c -> DATA.source().hypotheses(incident, c), c -> DATA.source().evidence(incident, c),
                c -> DATA.source().reports(incident, c), c -> DATA.source().feedback(incident, c), DATA.source()::services, DATA.source()::topology,
                DATA.source()::metricDescriptors, DATA.source()::serviceMetrics,
                c -> DATA.source().labelledSeries("latency_ms", TestScenario.WINDOW, c),
                c -> DATA.source().series(new SeriesQuery("cart", "cpu_usage", Map.of(), TestScenario.WINDOW, Duration.ofMinutes(1),
                        Aggregation.P95), c),
                c -> DATA.source().histogram(new HistogramQuery("cart", "cpu_usage", Map.of(), TestScenario.WINDOW, 10), c),
                c -> DATA.source().logs(ERRORS, null, 50, c), c -> DATA.source().logContext(DATA.scenario().logs.get(0).id(), 3, c),
                c -> DATA.source().logVolume(ERRORS, Duration.ofMinutes(5), c), DATA.source()::logTemplates,
                c -> DATA.source().traces(new TraceQuery(TestScenario.WINDOW, Set.of(), false, null, 10), c),
                c -> DATA.source().trace(DATA.scenario().spans.get(0).traceId(), c), c -> DATA.source().deployments(TestScenario.WINDOW, c),
                c -> DATA.source().configChanges(TestScenario.WINDOW, c),
                c -> DATA.source().commitRange(DATA.scenario().deployments.get(0).id(), c),
                c -> DATA.source().commits(List.of(DATA.scenario().commits.get(0).sha()), c),
                c -> DATA.source().commitFiles(DATA.scenario().commits.get(0).sha(), c), DATA.source()::knowledgeDocuments,
                c -> DATA.source().nearestDocuments(new float[TestScenario.DIMENSIONS], TestScenario.MODEL, 3, c));
    }

    @Test
    void everyReadWithAnAlreadyCancelledTokenThrowsReadCancelled() {
        for (Consumer<Cancellation> read : everyRead()) {
            Cancellation cancelled = Cancellation.create();
            cancelled.cancel();

            assertThat(catchThrowable(() -> read.accept(cancelled)))
                    .isInstanceOf(ReadCancelledException.class).isNotInstanceOf(SourceException.class);
        }
    }

    @Test
    void cancellingARunningQueryFromAnotherThreadStopsItInTheEngineAndTheSourceStaysUsable() throws Exception {
        for (int round = 0; round < 2; round++) {
            Cancellation token = Cancellation.create();
            Future<List<Long>> heavy = pool.submit(() -> DATA.source().queries().list("a heavy sum", HEAVY,
                    rs -> rs.getLong("n"), token));
            Thread.sleep(300);
            assertThat(heavy.isDone()).as("the heavy query is still running").isFalse();

            token.cancel();

            ExecutionException e = catchThrowableOfType(ExecutionException.class, () -> heavy.get(60, TimeUnit.SECONDS));
            assertThat(e.getCause()).isInstanceOf(ReadCancelledException.class);
            assertThat(DATA.source().services(NONE)).hasSameSizeAs(DATA.scenario().services);
            assertThat(DATA.source().logs(ERRORS, null, 20, NONE).records()).hasSize(20);
        }
    }

    @Test
    void cancellingOneReadLeavesTheReadsOfOtherThreadsAlone() throws Exception {
        Cancellation token = Cancellation.create();
        Future<List<Long>> heavy = pool.submit(() -> DATA.source().queries().list("a heavy sum", HEAVY, rs -> rs.getLong("n"), token));
        Thread.sleep(100);

        // While the heavy query runs, other reads run beside it (each on its own connection)...
        for (Consumer<Cancellation> read : everyRead()) {
            read.accept(NONE);
        }
        assertThat(heavy.isDone()).isFalse();
        token.cancel();

        // ...and cancelling it touches only it.
        assertThat(catchThrowableOfType(ExecutionException.class, () -> heavy.get(60, TimeUnit.SECONDS)).getCause())
                .isInstanceOf(ReadCancelledException.class);
        assertThat(DATA.source().logs(ERRORS, null, 5, NONE).records()).hasSize(5);
    }

    @Test
    void readsFromManyThreadsAtOnceGiveTheSameAnswersAsOneAtATime() throws Exception {
        List<Function<Cancellation, Object>> reads = List.of(
                c -> Arrays.stream(DATA.source().series(new SeriesQuery("payments", "latency_ms", Map.of("status", "500"),
                        TestScenario.WINDOW, Duration.ofMinutes(3), Aggregation.P99), c).values()).boxed().toList(),
                c -> DATA.source().logs(ERRORS, null, 100, c),
                c -> DATA.source().logs(ERRORS.withOrder(LogQuery.Order.NEWEST_FIRST), new LogCursor(
                        TestScenario.WINDOW.endMicros() - 1_800_000_000L, 0), 100, c),
                c -> DATA.source().logVolume(ERRORS, Duration.ofMinutes(10), c),
                c -> DATA.source().traces(new TraceQuery(TestScenario.WINDOW, Set.of("payments"), false, null, 20), c),
                c -> DATA.source().nearestDocuments(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, TestScenario.MODEL, 3, c));
        List<Object> expected = reads.stream().map(r -> r.apply(NONE)).toList();

        List<Future<Boolean>> runs = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            int which = i % reads.size();
            runs.add(pool.submit(() -> reads.get(which).apply(Cancellation.create()).equals(expected.get(which))));
        }
        for (Future<Boolean> run : runs) {
            assertThat(run.get(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aTokenCancelledAfterItsReadFinishedOnlyStopsLaterReads() {
        Cancellation token = Cancellation.create();
        int services = DATA.source().services(token).size();

        token.cancel();

        assertThat(services).isEqualTo(DATA.scenario().services.size());
        assertThat(catchThrowable(() -> DATA.source().services(token))).isInstanceOf(ReadCancelledException.class);
    }

    @Test
    void aReadAfterCloseFailsWithAPlainMessageWhileAnotherSourceOnTheSameFileReadsOn() {
        DuckDbIncidentSource closed = DuckDbSnapshots.open(DATA.file());
        assertThat(closed.services(NONE)).isEqualTo(DATA.source().services(NONE));
        closed.close();

        assertThat(catchThrowableOfType(SourceException.class, () -> closed.services(NONE)))
                .hasMessageContaining("has been closed");
        assertThat(DATA.source().services(NONE)).hasSameSizeAs(DATA.scenario().services);
    }
}
