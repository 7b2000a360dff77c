package org.incidentworkbench.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.incidentworkbench.analysis.logs.LogPage;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.MetricSeries;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.time.TimeRange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Warm reads of the default sample snapshot that a workspace makes on every view change. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SnapshotReadBenchmark {

    /** The metric of the incident service read as a 24-hour series. */
    @Param("http_latency_p99_ms")
    public String metric;

    /** Text searched in error logs; present in the default scenario's error messages. */
    @Param("timeout")
    public String errorText;

    @Benchmark
    @Goal(millis = 50, source = "issue 2: a 24-hour 1-minute p95 series query under 50 ms warm")
    public MetricSeries p95SeriesOver24HoursAt1Minute(SnapshotReadState s) {
        TimeRange day = TimeRange.of(s.dataSpan.start(), Duration.ofHours(24));
        return s.source.series(new SeriesQuery(s.incident.serviceName(), metric, Map.of(), day,
                Duration.ofMinutes(1), Aggregation.P95), Cancellation.none());
    }

    @Benchmark
    @Goal(millis = 100, source = "issue 2: first page of an error-log query with a text filter under 100 ms warm")
    public LogPage firstPageOfErrorLogsWithTextFilter(SnapshotReadState s) {
        LogQuery errors = LogQuery.all(s.dataSpan).withSeverities(Set.of(Severity.ERROR)).withText(errorText)
                .withOrder(LogQuery.Order.NEWEST_FIRST);
        return s.source.logs(errors, null, 100, Cancellation.none());
    }
}
