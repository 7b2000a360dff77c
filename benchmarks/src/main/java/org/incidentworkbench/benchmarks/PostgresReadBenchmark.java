package org.incidentworkbench.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.incidentworkbench.analysis.logs.LogPage;
import org.incidentworkbench.analysis.logs.VolumeBucket;
import org.incidentworkbench.analysis.metrics.MetricSeries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reads of {@link SnapshotReadBenchmark} on the same data in PostgreSQL, each printed beside
 * its DuckDB figure. Every read opens a session of its own, as the engine does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PostgresReadBenchmark {

    private static final String SOURCE = "issue 4: the same series and log reads on PostgreSQL and DuckDB side by side";

    @Benchmark
    @ComparedTo(value = "SnapshotReadBenchmark.p95SeriesOver24HoursAt1Minute", source = SOURCE)
    public MetricSeries p95SeriesOver24HoursAt1Minute(PostgresReadState s) {
        return WorkspaceReads.p95Series(s.source, s.incident, s.dataSpan);
    }

    @Benchmark
    @ComparedTo(value = "SnapshotReadBenchmark.avgSeriesWithLabelFilterOver24HoursAt1Minute", source = SOURCE)
    public MetricSeries avgSeriesWithLabelFilterOver24HoursAt1Minute(PostgresReadState s) {
        return WorkspaceReads.avgSeriesWithLabelFilter(s.source, s.dataSpan);
    }

    @Benchmark
    @ComparedTo(value = "SnapshotReadBenchmark.firstPageOfErrorLogsWithTextFilter", source = SOURCE)
    public LogPage firstPageOfErrorLogsWithTextFilter(PostgresReadState s) {
        return WorkspaceReads.firstPageOfErrorLogs(s.source, s.dataSpan);
    }

    @Benchmark
    @ComparedTo(value = "SnapshotReadBenchmark.logVolumeOver24HoursAt1Minute", source = SOURCE)
    public List<VolumeBucket> logVolumeOver24HoursAt1Minute(PostgresReadState s) {
        return WorkspaceReads.logVolume(s.source, s.dataSpan);
    }
}
