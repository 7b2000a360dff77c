package org.incidentworkbench.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.ui.problems.Problems;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {

    private final Problems problems = new Problems(Clock.systemUTC());
    private final SameThreadTaskRunner runner = new SameThreadTaskRunner(problems);

    @Test
    void aResultReachesItsConsumerAndTheTaskLeavesTheActiveList() {
        List<String> results = new ArrayList<>();
        runner.submit("Reading", (cancel, progress) -> "answer", results::add);
        assertThat(results).containsExactly("answer");
        assertThat(runner.active()).isEmpty();
    }

    @Test
    void aFailureReachesTheOneProblemReporterWithItsPlainMessage() {
        runner.submit("Loading logs", (cancel, progress) -> {
            throw new SourceException("sample.duckdb is not a DuckDB file.");
        }, r -> { });
        assertThat(problems.currentProperty().get().task()).isEqualTo("Loading logs");
        assertThat(problems.currentProperty().get().message()).isEqualTo("sample.duckdb is not a DuckDB file.");
    }

    @Test
    void aCancelledReadIsNotAProblem() {
        runner.submit("Loading logs", (cancel, progress) -> {
            throw new ReadCancelledException();
        }, r -> { });
        assertThat(problems.currentProperty().get()).isNull();
    }

    @Test
    void theNewestRequestCancelsTheOneBefore() {
        List<String> results = new ArrayList<>();
        DeferredTaskRunner deferred = new DeferredTaskRunner(problems);
        LatestOnly latest = new LatestOnly(deferred);
        RunningTask first = latest.submit("Filter", (cancel, progress) -> "first", results::add);
        RunningTask second = latest.submit("Filter", (cancel, progress) -> "second", results::add);
        deferred.runAll();
        assertThat(first.isCancelled()).isTrue();
        assertThat(second.isCancelled()).isFalse();
        assertThat(results).containsExactly("second");
    }
}
