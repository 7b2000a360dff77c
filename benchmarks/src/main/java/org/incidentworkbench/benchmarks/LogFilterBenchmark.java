package org.incidentworkbench.benchmarks;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.ui.logs.LogsViewModel;
import org.incidentworkbench.ui.logs.Scheduler;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.FxTaskRunner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A text typed in the Logs filter, to the first page of matching records in the view model's list,
 * on the default sample (incident window ± 30 min, all services). It goes the app's way: the FX
 * thread sets the text, the real {@link FxTaskRunner} reads the page (and the volume histogram,
 * which competes for the engine as in the app) and posts it back to the FX thread, headless
 * (Monocle). The 250 ms typing pause is left out: the scheduler runs the filter at once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LogFilterBenchmark {

    /** Texts found in the default scenario's incident window; each operation types the next one. */
    private static final List<String> TEXTS = List.of("timeout", "pool", "payments", "Checkout failed");
    private static final Scheduler WITHOUT_TYPING_PAUSE = (delay, action) -> {
        action.run();
        return () -> { };
    };

    private SnapshotReadState snapshot;
    private FxTaskRunner tasks;
    private LogsViewModel vm;
    private int next;

    @Setup(Level.Trial)
    public void openLogsOnTheSample() throws Exception {
        HeadlessToolkit.start();
        snapshot = new SnapshotReadState();
        snapshot.open();
        tasks = new FxTaskRunner(new Problems(Clock.systemUTC()));
        HeadlessToolkit.onFx(() -> {
            vm = new LogsViewModel(snapshot.source, tasks, WITHOUT_TYPING_PAUSE,
                    new TimeRange(snapshot.incident.windowStart(), snapshot.incident.windowEnd()),
                    snapshot.incident.serviceName());
            vm.start();
        });
    }

    @Benchmark
    @Goal(millis = 300, source = "issue 3: apply a log text filter on the sample to first page shown under 300 ms")
    public int textFilterToFirstPage() throws Exception {
        String text = TEXTS.get(next++ % TEXTS.size());
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            vm.records().addListener(new ListChangeListener<LogRecord>() {
                @Override
                public void onChanged(Change<? extends LogRecord> c) {
                    if (!vm.records().isEmpty()) {
                        vm.records().removeListener(this);
                        shown.countDown();
                    }
                }
            });
            vm.searchTextProperty().set(text);
        });
        if (!shown.await(30, TimeUnit.SECONDS)) {
            throw new TimeoutException("no records for '" + text + "'");
        }
        return vm.records().size();
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        HeadlessToolkit.onFx(vm::dispose);
        tasks.close();
        snapshot.close();
    }


}
